/**
 * The engine's content as static JSON, prerendered at build time. The timeline and the
 * plan fetch it (preloaded from the page head), so the same validated data drives the
 * engine in the browser without being compiled into the JavaScript bundle.
 */
import { loadContent } from "@/content";
import { toClientContent } from "@/lib/content/client-content";

export const dynamic = "force-static";

export function GET() {
  return Response.json(toClientContent(loadContent()));
}
