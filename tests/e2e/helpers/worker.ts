// The service worker in e2e tests: waiting until it controls the page (it has then
// precached the whole build: a worker activates only after its install finished), and
// reading what Cache Storage holds. Servers of their own for the offline and update
// tests, which stop them: ports from OFFLINE_E2E_PORT (default 3108) up, one per test (they
// may run at the same time on the two Playwright workers).
import type { Page } from "@playwright/test";

export const OFFLINE_PORT = Number(process.env.OFFLINE_E2E_PORT ?? 3108);

/** Waits until a service worker controls the page, that is, until the precache is complete. */
export async function waitForWorker(page: Page): Promise<void> {
  // Bounded, so a worker that never installs fails here and says so, not at the test's timeout.
  const ready = await page.evaluate(() => Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 60_000))]));
  if (!ready) throw new Error("no service worker became active within 60 s (did its install fail?)");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

/** Every request URL stored in the page origin's Cache Storage, in every cache. */
export function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
}

/** Stops a server started by serve/servers.mjs and waits until its port answers no more. */
export async function stopServer(server: { url: string; stop: () => void }): Promise<void> {
  server.stop();
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${server.url}/`, { signal: AbortSignal.timeout(500) });
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${server.url} still answers after stop`);
}
