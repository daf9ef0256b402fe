/**
 * Moves focus (and the screen) to an element on this page without touching the URL.
 * An `href="#id"` jump would replace the fragment, which holds the user's answers on
 * /, /timeline and /plan, so every in-page jump goes through here instead.
 * Returns false when there is no such element, so a link can fall back to its href.
 */
export function focusTarget(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const control = target.matches("input, textarea, select, button, a[href]");
  // A field shows mid-screen, with its label and error above it; a section from its top.
  target.scrollIntoView({ block: control ? "center" : "start" });
  if (!control && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
  target.focus({ preventScroll: true });
  return true;
}
