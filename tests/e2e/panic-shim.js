// Test only: injected by tests/e2e/server.mjs into an edited copy of dist/ served at
// /forced-panic/, never into dist/ itself. While the ticks saved in this tab include the
// finding id stored under "test.poison", creating or cloning an element throws, so Yew's next
// render that adds an element panics (it `expect`s both): a real Rust panic in the release build.
(() => {
  const poisoned = () => {
    const poison = sessionStorage.getItem("test.poison");
    const saved = sessionStorage.getItem("legcheck.answers.v2") || "";
    return poison !== null && saved.includes(JSON.stringify(poison));
  };
  for (const [proto, name] of [[Document.prototype, "createElement"], [Node.prototype, "cloneNode"]]) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (poisoned()) throw new Error("forced failure for the panic test");
      return original.apply(this, args);
    };
  }
})();
