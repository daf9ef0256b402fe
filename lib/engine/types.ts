/** What an assessment returns: everything the timeline shows, all of it cited. */
import type { Channel, Citation, Consequence, SourceFigure, Stage, Who } from "@/lib/schema/content";
import type { RuleOnDay } from "@/lib/engine/in-force";
import type { IsoDate } from "@/lib/dates/iso-date";
import type { Situation } from "@/lib/situation/parse-situation";
import type { Likelihood } from "@/lib/schema/likelihood-scale";
import type { WordBand } from "@/lib/engine/likelihood";

export type { Likelihood, WordBand };

/** A day window with the calendar dates it maps to; `toDay` null means open-ended. */
export type DayWindow = { fromDay: number; toDay: number | null; fromDate: IsoDate; toDate: IsoDate | null };

/** One of the user's answers that moved an event, by how much, and who says so. */
export type Reason = {
  factorId: string;
  label: string;
  explanation: string;
  shiftDays: number;
  likelihoodStep: number;
  /** The passage of the factor's own sources that speaks about this event. */
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
  /** This product's reading of the sources and the answers; never outside `band`. */
  likelihood: Likelihood;
  /** The sources' words for the day the label speaks about: today, or the window's start if later. */
  band: WordBand;
  /** The answers pointed past the band, and the sources' words held the label back. */
  heldBack: "higher" | "lower" | null;
  /** Set when an answer leaves it open ("unsure"): what it depends on, instead of a guess. */
  dependsOn: { text: string; citations: Citation[] } | null;
  /** A rule in force today, shown on the card beside what the articles describe. */
  pinnedRule: { rule: RuleOnDay; articlesSay: string; citations: Citation[]; inSummary: boolean } | null;
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
