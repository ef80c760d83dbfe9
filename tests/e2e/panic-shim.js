// Test only: injected by tests/e2e/server.mjs into an edited copy of dist/ served at
// /forced-panic/, never into dist/ itself. While the ticks saved in this tab include the
// finding code stored under "test.poison" (base 36, as the page saves codes), creating or cloning
// an element throws, so Yew's next render that adds an element panics (it `expect`s both): a
// real Rust panic in the release build.
(() => {
  const poisoned = () => {
    const poison = sessionStorage.getItem("test.poison");
    const saved = sessionStorage.getItem("legcheck.answers.v3") || "";
    const ticked = saved.split("~").filter((part) => part.startsWith("t")).flatMap((part) => part.slice(1).split("."));
    return poison !== null && ticked.includes(poison);
  };
  for (const [proto, name] of [[Document.prototype, "createElement"], [Node.prototype, "cloneNode"]]) {
    const original = proto[name];
    proto[name] = function (...args) {
      if (poisoned()) throw new Error("forced failure for the panic test");
      return original.apply(this, args);
    };
  }
})();
