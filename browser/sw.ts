// The service worker, bundled by build/service-worker/build.mjs once per script:
// /sw.js for the Simplified site (scope /) and /sw-zh-Hant.js for the Traditional one
// (scope /zh-Hant), each with its site's precache list from the finished out/
// (PRECACHE_MANIFEST) and its offline page (OFFLINE_PAGE, app/offline), put in at bundle time.
// Caching is Serwist's: this file only configures it.
//
//   - Every page, content.json, the CSS, the scripts, the manifest and the icons of
//     one build are precached when the worker installs, and served from the cache
//     first, so every page opens with no network once any page was visited.
//   - One build at a time: a new build's worker installs beside the old one and waits
//     (no skipWaiting). The old worker keeps serving the old build's files, all of
//     them, until every tab of it is closed, or until the person presses 刷新 in the
//     update notice (/sw-register.js sends SKIP_WAITING, which Serwist handles, and
//     reloads). A page never gets scripts or content.json from another build.
//   - The worker sees request URLs only: the answers live in the fragment (#…), which
//     is never part of a request, and nothing but the build's own files is cached.
import { NetworkOnly, type PrecacheEntry, Serwist } from "serwist";

declare const PRECACHE_MANIFEST: PrecacheEntry[];
declare const OFFLINE_PAGE: string;

const serwist = new Serwist({
  precacheEntries: PRECACHE_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Query strings never select a different file here.
    ignoreURLParametersMatching: [/.*/],
    // A folder's own page without the trailing slash (the Traditional home, /zh-Hant,
    // is out/zh-Hant/index.html); Serwist already tries "/" + index.html and ".html".
    urlManipulation: ({ url }) => [new URL(`${url.pathname}/index.html`, url)],
  },
  skipWaiting: false,
  // The first worker takes the page that installed it, so its later requests (the
  // penalty estimate, the call log's storage code) come from the same build's cache.
  clientsClaim: true,
  runtimeCaching: [
    // A page that is not in the cache (a mistyped address, a page of a newer build) goes
    // to the network, which answers, or gives the 404 page. With no network the worker
    // cannot know whether it exists, so it gets the site's offline page from the cache:
    // no network, and the pages that are kept (issue 27), instead of the browser's error.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }] },
});

serwist.addEventListeners();
