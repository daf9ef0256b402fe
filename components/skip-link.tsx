/**
 * "跳到正文" for keyboard users: a plain anchor, so it works on reading pages, which
 * ship no JavaScript. On /timeline and /plan the URL fragment holds the user's answers,
 * and `#main` would replace it; there useLocationHash (components/hooks) makes the link
 * move focus without touching the URL.
 */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-card focus:px-3 focus:py-2"
    >
      跳到正文
    </a>
  );
}
