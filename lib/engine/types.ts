/** What an assessment returns: everything the timeline shows, all of it cited. */
import type { Channel, Citation, Consequence, SourceFigure, Stage, Who } from "@/lib/content/schema";
import type { RuleOnDay } from "@/lib/engine/in-force";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Situation } from "@/lib/situation/parse-situation";

export type Likelihood = "unlikely" | "possible" | "expected";

/** A day window with the calendar dates it maps to; `toDay` null means open-ended. */
export type DayWindow = { fromDay: number; toDay: number | null; fromDate: IsoDate; toDate: IsoDate | null };

/** One of the user's answers that moved an event, by how much, and who says so. */
export type Reason = {
  factorId: string;
  label: string;
  explanation: string;
  shiftDays: number;
  likelihoodStep: number;
  citations: Citation[];
};

/** Disagreement as data: each source's figure, the band most agree on, and the full spread. */
export type SourceSpread = {
  figures: SourceFigure[];
  band: { fromDay: number; toDay: number | null };
  spread: { minDay: number; maxDay: number | null };
  /** True when sources put the start more than a week apart. */
  disagree: boolean;
  /** Where no source gives a day: our placement and why. */
  placementNote: string | null;
};

export type TimelineEvent = {
  id: string;
  who: Who;
  channels: Channel[];
  title: string;
  description: string;
  stageId: string;
  window: DayWindow;
  /** Whether today is before the window, inside it, or past its start. */
  timing: "upcoming" | "window-open" | "begun";
  likelihood: Likelihood;
  reasons: Reason[];
  sources: SourceSpread;
  /** What the rules in force today allow, beside what the articles report: only today's statements. */
  rules: RuleOnDay[];
  citations: Citation[];
};

export type StageView = Stage & {
  status: "past" | "current" | "future";
  fromDate: IsoDate;
  toDate: IsoDate | null;
};

export type ConsequenceView = Consequence & { active: boolean; fromDate: IsoDate };

export type PenaltyEstimate = {
  /** Percent per day the estimate uses, and whether the user set it. */
  dailyRatePercent: number;
  rateIsExample: boolean;
  amountFen: number;
  days: number;
  penaltyFen: number;
  totalFen: number;
};

export type AdviceView = {
  id: string;
  title: string;
  body: string;
  steps: string[];
  citations: Citation[];
};

export type Assessment = {
  today: IsoDate;
  situation: Situation;
  stage: StageView;
  nextStage: StageView | null;
  stages: StageView[];
  events: TimelineEvent[];
  /** The first event that has not begun yet, if any. */
  nextEvent: TimelineEvent | null;
  consequences: ConsequenceView[];
  penalty: PenaltyEstimate;
  advice: { now: AdviceView[]; next: AdviceView[] };
};
