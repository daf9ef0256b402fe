/**
 * How many assessments one Node process does per second (`npm run bench`).
 *
 * Builds a varied set of situations (both products, every stage, every answer, dates
 * across month and leap-year ends, days before and after rule texts change), warms the
 * engine up, then runs it for a few seconds. Prints the figure; it is not a test.
 *
 * The last line is measured against the CPU time this process used, so it is the rate
 * of one core even when other work shares the machine; the wall-clock rate is printed
 * above it, and the two agree on an idle machine.
 */
import { loadContent } from "@/content";
import { assess } from "@/lib/engine/assess";
import { addDaysToIsoDate } from "@/lib/dates/iso-date";
import { ANSWER_VALUES } from "@/lib/schema/situation-answers";
import type { Situation } from "@/lib/situation/parse-situation";

const content = loadContent();

const WARM_UP_MS = 1_000;
const RUN_MS = Number(process.env.BENCH_MS ?? 4_000);
const TODAYS = ["2024-03-01", "2025-06-01", "2025-12-31", "2026-01-30", "2026-11-22", "2027-01-01"];
const DAYS = [0, 1, 3, 4, 8, 14, 15, 20, 30, 31, 45, 60, 61, 100, 400];
const AMOUNTS_FEN = [50_000, 500_000, 2_000_000, 50_000_000];

/** A deterministic spread of situations: a fixed stride through every combination. */
function situations(): { situation: Situation; today: string }[] {
  const out: { situation: Situation; today: string }[] = [];
  let i = 0;
  for (const today of TODAYS)
    for (const days of DAYS)
      for (const history of ANSWER_VALUES.history)
        for (const contact of ANSWER_VALUES.contact) {
          i++;
          out.push({
            today,
            situation: {
              product: ANSWER_VALUES.product[i % 2] as Situation["product"],
              daysOverdue: days,
              dueDate: addDaysToIsoDate(today, -days),
              amountFen: AMOUNTS_FEN[i % AMOUNTS_FEN.length] as number,
              history,
              contact,
              emergencyContact: ANSWER_VALUES.emergencyContact[i % 3] as Situation["emergencyContact"],
              partialRepayment: ANSWER_VALUES.partialRepayment[(i >> 1) % 2] as Situation["partialRepayment"],
              guarantor: ANSWER_VALUES.guarantor[(i >> 2) % 3] as Situation["guarantor"],
              dailyRatePercent: i % 4 === 0 ? 0.0175 : undefined,
            },
          });
        }
  return out;
}

function run(cases: { situation: Situation; today: string }[], ms: number): { count: number; wallMs: number; cpuMs: number; sink: number } {
  let count = 0;
  let sink = 0; // Uses each result so the work cannot be optimised away.
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let now = t0;
  while (now - t0 < ms) {
    for (const { situation, today } of cases) {
      const a = assess(situation, today, content);
      sink += a.events.length + a.penalty.penaltyFen;
      count++;
    }
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpu0);
  return { count, wallMs: now - t0, cpuMs: (cpu.user + cpu.system) / 1000, sink };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const cases = situations();
console.log(`node ${process.version}, ${cases.length} situations (${TODAYS.length} days x ${DAYS.length} overdue counts x every history and contact)`);
run(cases, WARM_UP_MS);
const r = run(cases, RUN_MS);
console.log(`${fmt(r.count)} assessments in ${(r.wallMs / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU (checksum ${r.sink})`);
console.log(`wall-clock rate: ${fmt((r.count * 1000) / r.wallMs)} per second`);
console.log(`microseconds per assessment (CPU): ${((r.cpuMs * 1000) / r.count).toFixed(2)}`);
console.log(`assessments per second: ${fmt((r.count * 1000) / r.cpuMs)}`);
