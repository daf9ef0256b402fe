// The page background in light and dark mode (app/globals.css --bg): the browser's
// toolbar colour (app/layout.tsx) and the installed app's splash screen (app/manifest.ts).
export const THEME_LIGHT = "#faf9f7";
export const THEME_DARK = "#141311";
