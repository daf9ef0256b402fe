/** A deterministic, realistic-looking 来电记录 for the benchmark: calls, misses, texts and visits over months, some at night. */
import type { Entry } from "@/lib/call-log/entry";
import { addDaysToIsoDate } from "@/lib/dates/iso-date";
import { CHANNELS, CONTACTED, FLAGS } from "@/lib/schema/call-log";

/** mulberry32: a tiny seeded generator, so every run checks the same log. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleLog(n: number, firstDay = "2025-06-01", perDay = 12, seed = 12): Entry[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const pad = (x: number) => String(x).padStart(2, "0");
  return Array.from({ length: n }, (_, i) => {
    const day = addDaysToIsoDate(firstDay, Math.floor(i / perDay));
    const flags = r() < 0.1 ? [pick(FLAGS)] : [];
    return {
      id: `bench${String(i).padStart(8, "0")}`,
      at: `${day}T${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}`,
      caller: r() < 0.5 ? "agency" : "platform",
      callerName: "",
      from: `021${String(Math.floor(r() * 1e8)).padStart(8, "0")}`,
      channel: r() < 0.8 ? pick(["call-answered", "call-missed"] as const) : pick(CHANNELS),
      contacted: r() < 0.7 ? "debtor" : pick(CONTACTED),
      count: r() < 0.8 ? 1 : 1 + Math.floor(r() * 5),
      calledNumber: "",
      visitors: null,
      flags,
      notes: r() < 0.2 ? "对方说再不还就上门" : "",
    };
  });
}
