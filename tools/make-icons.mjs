#!/usr/bin/env node
// `npm run icons`: the home-screen icons of the web app manifest (app/manifest.ts),
// rendered from app/icon.svg with sharp into public/icons/ (committed; run again when
// the icon changes). "any" icons are the SVG as it is; "maskable" ones fill the whole
// square with the icon's colour and keep the mark inside the central 80 % safe zone,
// because launchers cut them to a circle or a rounded square.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const svg = readFileSync(join(ROOT, "app", "icon.svg"), "utf8");
const fill = /<rect\b[^>]*\bfill="([^"]+)"/.exec(svg)?.[1];
const mark = /<path\b[^>]*\/>/.exec(svg)?.[0];
if (!fill || !mark) throw new Error("app/icon.svg: expected a <rect fill> and a <path> mark");
// The 32-unit mark scaled to 80 % and centred: inside the 80 % safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(3.2 3.2) scale(0.8)">${mark}</g></svg>`;

const ICONS = [
  { file: "icon-192.png", size: 192, svg },
  { file: "icon-512.png", size: 512, svg },
  { file: "maskable-192.png", size: 192, svg: maskable },
  { file: "maskable-512.png", size: 512, svg: maskable },
];

for (const icon of ICONS) {
  const out = join(ROOT, "public", "icons", icon.file);
  await sharp(Buffer.from(icon.svg), { density: (72 * icon.size) / 32 }).resize(icon.size, icon.size).png({ compressionLevel: 9, palette: true }).toFile(out);
  console.log(`${out} ${icon.size}x${icon.size}`);
}
