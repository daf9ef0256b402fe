/**
 * The toolkit's fixed prose. The server page renders it and hands it to the client parts
 * as props, so it travels once in the page's data instead of being compiled into the
 * JavaScript a phone has to download and parse before the page responds. Only text that
 * never depends on the answers or on what the user types belongs here.
 */
import type { ReactNode } from "react";
import Link from "@/components/site-link";
import { JumpButton } from "@/components/plan/jump-button";
import { TimelineLink } from "@/components/plan/timeline-link";
import { EXAMPLE_DAILY_RATE_PERCENT } from "@/lib/engine/penalty";
import { loadToolkitTexts } from "@/content";
import { ROUNDED_NOTE } from "@/lib/plan/explain-cost";

export type ToolkitNotes = {
  /** The jumps to the sections and back to the timeline, above the toolkit. */
  nav: ReactNode;
  /** The fragment holds no answers. */
  noAnswers: ReactNode;
  /** Above the list of what in the link could not be read. */
  badLink: ReactNode;
  /** Below that list. */
  answerAgain: ReactNode;
  /** /content.json did not arrive. */
  contentFailed: ReactNode;
  /** The sections' headings (the sections keep the ids the jumps above point to). */
  headings: { cost: ReactNode; say: ReactNode; plan: ReactNode };
  /** Before the rate fields; the sentence goes on to say which rate is in use. */
  costIntro: ReactNode;
  /** The rate fields' legends, labels and hints. */
  rate: {
    unitLegend: ReactNode;
    /** `example`: the placeholder in the empty box, the rate the estimate uses until one is typed. */
    daily: { option: ReactNode; label: ReactNode; hint: ReactNode; example: string };
    annual: { option: ReactNode; label: ReactNode; hint: ReactNode; example: string };
    basisLegend: ReactNode;
    basisDefault: ReactNode;
    multiplierLabel: ReactNode;
    multiplierHint: ReactNode;
  };
  costAssumptions: ReactNode;
  /** Under the working, when the rate shown is rounded. */
  roundedNote: ReactNode;
  /** Shown when the rate is above the courts' reference. */
  courtReference: ReactNode;
  scriptsIntro: ReactNode;
  /** Above the list of what a letter still needs. */
  missingHeading: ReactNode;
  /** Where to send someone who is asked to pass on a message. */
  emergencyContact: ReactNode;
  planIntro: ReactNode;
  savePdf: ReactNode;
  noReminders: ReactNode;
  /** The warning at the foot of the plan, on screen and on paper. */
  planWarning: ReactNode;
};

const startLink = "inline-flex min-h-12 items-center rounded-lg bg-accent px-5 font-semibold text-accent-fg no-underline";

const COURT_PERCENT = loadToolkitTexts().courtReference.annualPercent;

export const toolkitNotes: ToolkitNotes = {
  nav: (
    <nav aria-label="本页内容" className="rounded-lg border border-line bg-card p-3 text-[15px] print:hidden">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li><JumpButton targetId="cost" className="min-h-11 py-1">费用会涨多少</JumpButton></li>
        <li><JumpButton targetId="say" className="min-h-11 py-1">怎么说</JumpButton></li>
        <li><JumpButton targetId="plan" className="min-h-11 py-1">我的计划</JumpButton></li>
        <li><JumpButton targetId="scam" className="min-h-11 py-1">防骗提醒</JumpButton></li>
        <li><TimelineLink className="inline-flex min-h-11 items-center underline">回到时间线</TimelineLink></li>
      </ul>
    </nav>
  ),
  noAnswers: (
    <>
      <p>这里还没有您的回答。费用、话术和计划都要按您的情况来算：先回答几个问题，再从时间线回到这里。</p>
      <Link href="/" className={startLink}>
        开始自查
      </Link>
    </>
  ),
  badLink: <p>链接里的回答不完整，或者有看不懂的地方，所以这里还算不出来：</p>,
  answerAgain: (
    <Link href="/" className={startLink}>
      重新回答问题
    </Link>
  ),
  contentFailed: <p>计算所需的资料没能下载下来，可能是网络不稳定。您的回答还在链接里，没有丢失。</p>,
  headings: { cost: "等一等，要多花多少钱", say: "怎么说：电话提纲和书面请求", plan: "我的计划" },
  costIntro: (
    <>
      平台没有公开统一的逾期费率。下面按<strong>您账单或合同上的费率</strong>估算；
    </>
  ),
  rate: {
    unitLegend: "账单或合同上写的是",
    daily: {
      option: "日费率（每天）",
      label: "日费率（%）",
      hint: "照账单写就行：0.05、0.05%、日利率0.05% 或 万分之五 都可以",
      example: `例如 ${EXAMPLE_DAILY_RATE_PERCENT}`,
    },
    annual: {
      option: "年费率（每年）",
      label: "年费率（%）",
      hint: "照合同写就行：例如「年化利率18.25%」，填 18.25 或 18.25%",
      example: `例如 ${EXAMPLE_DAILY_RATE_PERCENT * 365}`,
    },
    basisLegend: "一年按多少天折算成日费率",
    basisDefault: "（本页默认）",
    multiplierLabel: "逾期后按几倍计算（选填）",
    multiplierHint: "合同写明逾期后按正常利率的几倍计收，就填那个倍数；没有写就留 1",
  },
  costAssumptions: <>假设：只对逾期的本金按单利计费，不算复利和其他费用，这期间也没有还款。</>,
  roundedNote: ROUNDED_NOTE,
  courtReference: (
    <p>
      这个费率按一年365天折算超过了年化{COURT_PERCENT}%。据二手资料，法院审查金融借款时，把利息、罚息和各种费用合计年化
      {COURT_PERCENT}%作为参考上限。协商时可以请客服说明费用是怎么构成的。
    </p>
  ),
  scriptsIntro: (
    <>
      <p>
        下面的内容已经按您的回答填好，还缺的信息会列出来。您填写的内容只在这个页面里，关掉页面就没有了。
      </p>
      <p className="rounded-lg bg-warn-soft px-3 py-2 text-sm">
        协商和投诉，您本人就能办，不需要交钱请人代办。<JumpButton targetId="scam">为什么要当心收费代办</JumpButton>
      </p>
    </>
  ),
  missingHeading: "还差这些，填好后就能预览、复制和下载：",
  emergencyContact: (
    <p className="text-sm">
      紧急联系人接到电话时可以怎么回：见<Link href="/emergency-contact" className="underline">紧急联系人页面</Link>。
    </p>
  ),
  planIntro: <p className="text-sm">填上日期，计划和日历提醒会把它们排进去。和通话提纲里的是同一个还款日期和金额。</p>,
  savePdf: <p className="text-sm text-muted">存为 PDF：点「打印或存为 PDF」，在打印机里选「存储为 PDF」。</p>,
  noReminders: <p className="text-sm text-muted">填写还款日期或回访日期后，可以下载带提醒的日历文件。</p>,
  planWarning: (
    <p className="text-sm text-muted">
      不要相信收费「代理协商」「债务优化」「停息挂账」「征信修复」的人，也不要拨打别人发来的「客服」号码。这份计划在您的设备上生成，没有上传。
    </p>
  ),
};
