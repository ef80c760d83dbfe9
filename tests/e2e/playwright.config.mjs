// End-to-end tests against the release dist/, in Debian's chromium. No retries: a flaky test is a bug.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 4173);
// Service workers' own requests reach context.on("request") (fixtures.mjs) only with this set
// before the browser starts.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  retries: 0,
  workers: 2,
  forbidOnly: true,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  webServer: {
    command: "node server.mjs",
    cwd: import.meta.dirname,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port) },
  },
});
