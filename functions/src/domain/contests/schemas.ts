import { z } from 'zod';
import { rule } from '../errors.js';
import { STUDENT_BANDS } from '../modules/bands.js';
import { StudentBand } from '../modules/content.js';
import { ChineseFirstText, ChineseFirstTitle } from '../text/chinese-first.js';
import { namedFormat } from '../text/named-format.js';
import { IsoDateTime, windowProblem } from '../time/window.js';
import { LocalizedName } from '../org/units.js';
import { AWARD_COUNT } from './award-rules.js';
import { AWARD_LEVELS, CONTEST_TYPES, STAGE_LEVELS } from './kinds.js';
import { MAX_ENTRY_TEXT } from './length.js';
import {
  CRITERION_ID,
  CRITERION_POINTS,
  criterionIdsUnique,
  LIMIT_MAXIMUM,
  limitRangeFits,
  MAX_CRITERIA,
  MAX_STAGES,
  QUOTA,
  SPREAD_PERCENT,
} from './settings-rules.js';

export { AWARD_LEVELS, CONTEST_TYPES, STAGE_LEVELS } from './kinds.js';
export const ContestType = z.enum(CONTEST_TYPES);
export type ContestType = z.infer<typeof ContestType>;

export const StageLevel = z.enum(STAGE_LEVELS);
export type StageLevel = z.infer<typeof StageLevel>;

export const AwardLevel = z.enum(AWARD_LEVELS);
export type AwardLevel = z.infer<typeof AwardLevel>;

/** Largest entry: far below DynamoDB's 400 KB item limit even with the submitted copy beside the draft. */
export const MAX_ENTRY_CHARACTERS = MAX_ENTRY_TEXT;

const CriterionId = namedFormat('criterion_id', CRITERION_ID, 'lowercase letters, digits and underscores');

export const Criterion = z.strictObject({
  id: CriterionId,
  name: ChineseFirstTitle(60),
  description: ChineseFirstText(400),
  max: z.number().int().min(CRITERION_POINTS.min).max(CRITERION_POINTS.max),
});
export type Criterion = z.infer<typeof Criterion>;

const Range = z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(1) });

export const Stage = z.strictObject({
  level: StageLevel,
  /** How many entries each unit of this level may send on (or, at the final stage, rank for awards). */
  quota: z.number().int().min(QUOTA.min).max(QUOTA.max),
});
export type Stage = z.infer<typeof Stage>;

export const ContestSettings = z
  .strictObject({
    type: ContestType,
    title: ChineseFirstTitle(120),
    theme: ChineseFirstText(200),
    brief: ChineseFirstText(4000),
    bands: z.array(StudentBand).min(1).max(STUDENT_BANDS.length),
    opensAt: IsoDateTime,
    closesAt: IsoDateTime,
    /** Chinese entries are counted in characters, English ones in words. */
    limits: z.strictObject({ zhChars: Range, enWords: Range }),
    stages: z.array(Stage).min(1).max(MAX_STAGES),
    rubric: z.array(Criterion).min(1).max(MAX_CRITERIA),
    /** Judges' totals further apart than this percent of the rubric's maximum call for a third judge. */
    spreadPercent: z.number().int().min(SPREAD_PERCENT.min).max(SPREAD_PERCENT.max).default(SPREAD_PERCENT.default),
  })
  .superRefine((c, ctx) => {
    const problem = windowProblem(Date.parse(c.opensAt), Date.parse(c.closesAt));
    if (problem) ctx.addIssue({ code: 'custom', ...problem, path: ['closesAt'] });
  })
  .refine((c) => limitRangeFits(c.limits.zhChars, LIMIT_MAXIMUM.zhChars), {
    ...rule('limit_range', `min ≤ max ≤ ${LIMIT_MAXIMUM.zhChars}`, { maximum: LIMIT_MAXIMUM.zhChars }),
    path: ['limits', 'zhChars'],
  })
  .refine((c) => limitRangeFits(c.limits.enWords, LIMIT_MAXIMUM.enWords), {
    ...rule('limit_range', `min ≤ max ≤ ${LIMIT_MAXIMUM.enWords}`, { maximum: LIMIT_MAXIMUM.enWords }),
    path: ['limits', 'enWords'],
  })
  .refine((c) => criterionIdsUnique(c.rubric), { ...rule('unique_criterion_ids', 'criterion ids must be unique'), path: ['rubric'] });
export type ContestSettings = z.infer<typeof ContestSettings>;

export const Contest = z.object({
  id: z.string(),
  settings: ContestSettings,
  /** The organising bureau's unit; its level is the final stage. */
  unitId: z.string(),
  unitPath: z.string(),
  unitName: LocalizedName,
  createdBy: z.string(),
  createdAt: z.string(),
  awardedAt: z.string().nullable(),
});
export type Contest = z.infer<typeof Contest>;

export const CreateContestRequest = z.strictObject({ unitId: z.string().min(1).max(40), settings: ContestSettings });
export const ContestResponse = z.object({ contest: Contest });
export const ContestsResponse = z.object({ contests: z.array(Contest) });

export const Language = z.enum(['zh', 'en']);
export type Language = z.infer<typeof Language>;

/** What an author writes. A lesson adds its grade band and an optional video link; its text is the plan in Markdown. */
export const EntryContent = z.strictObject({
  title: z.string().trim().min(1).max(100),
  text: z.string().max(MAX_ENTRY_CHARACTERS),
  language: Language,
  band: StudentBand.optional(),
  videoUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
});
export type EntryContent = z.infer<typeof EntryContent>;

/** `version` is the version the author last read (0 for a first save); a stale one gets 409 with the current draft. */
export const SaveDraftRequest = z.strictObject({ version: z.number().int().min(0), content: EntryContent });

export const Submission = EntryContent.extend({
  /** Characters (zh) or words (en), as counted for the limits. */
  length: z.number().int(),
  submittedAt: z.string(),
});
export type Submission = z.infer<typeof Submission>;

/** The author's own view of their entry. */
export const Entry = z.object({
  id: z.string(),
  contestId: z.string(),
  /** Anonymous code judges know the entry by. */
  code: z.string(),
  draft: EntryContent,
  version: z.number().int(),
  updatedAt: z.string(),
  submission: Submission.nullable(),
  /** The stage the entry is in: the first stage once submitted, later ones as it advances. */
  stage: StageLevel.nullable(),
  award: AwardLevel.nullable(),
  certificateCodes: z.array(z.string()),
});
export type Entry = z.infer<typeof Entry>;
export const EntryResponse = z.object({ entry: Entry.nullable() });
/** A save always has the entry it saved. */
export const SavedEntryResponse = z.object({ entry: Entry });

/** A row of a stage's list for those who run it: the school stage shows authors (school staff only), higher stages codes only. */
export const StageEntry = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  language: Language,
  length: z.number().int(),
  submittedAt: z.string(),
  /** Only at the school stage, to the school's own staff. */
  authorName: z.string().optional(),
  /** The author's student number beside the name: two students of a school may share a name. */
  authorNumber: z.string().optional(),
  className: z.string().optional(),
  /** Higher stages: the school's name (units are not personal data); judges never see it. */
  schoolName: LocalizedName.optional(),
  judges: z.number().int(),
  scored: z.number().int(),
  mean: z.number().nullable(),
  spread: z.number().nullable(),
  needsThirdJudge: z.boolean(),
  /** Competition rank among scored entries (1, 2, 2, 4); null until scored. */
  rank: z.number().int().nullable(),
  tied: z.boolean(),
  advanced: z.boolean(),
  flagged: z.boolean(),
});
export type StageEntry = z.infer<typeof StageEntry>;

export const StageUnitView = z.object({
  contestId: z.string(),
  level: StageLevel,
  unitId: z.string(),
  unitName: LocalizedName,
  quota: z.number().int(),
  final: z.boolean(),
  panel: z.array(z.object({ id: z.string(), name: z.string() })),
  reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
  entries: z.array(StageEntry),
  /** Entries at this stage, entries with every assigned judge's score, and scores still owed. */
  progress: z.object({ entries: z.number().int(), judged: z.number().int(), toJudge: z.number().int(), advanced: z.number().int() }),
  /** Codes tied at the quota's edge: the organiser chooses among them. */
  tiedAtCutoff: z.array(z.string()),
});
export type StageUnitView = z.infer<typeof StageUnitView>;

/** One entry's submitted text for a stage's runners; the author's name only at the school stage, to its staff. */
export const StageEntryText = z.object({ entry: Submission.extend({ id: z.string(), code: z.string(), authorName: z.string().optional() }) });

export const AdvanceRequest = z.strictObject({ entryIds: z.array(z.string().min(1).max(40)).min(1).max(1000) });
export const PanelRequest = z.strictObject({ judgeIds: z.array(z.string().min(1).max(40)).min(2).max(50) });
export const ReviewersRequest = z.strictObject({ teacherIds: z.array(z.string().min(1).max(40)).max(50) });

export const CriterionScore = z.strictObject({ id: CriterionId, points: z.number().min(0).max(100), comment: z.string().trim().max(1000) });
export const ScoreRequest = z.strictObject({ criteria: z.array(CriterionScore).min(1).max(10) });
export const JudgeScore = z.object({ criteria: z.array(CriterionScore), total: z.number(), scoredAt: z.string() });
export type JudgeScore = z.infer<typeof JudgeScore>;

/** What a judge sees: the text and the code, never a name, school or county. */
export const JudgeEntry = z.object({
  contestId: z.string(),
  contestTitle: z.object({ zh: z.string(), en: z.string() }),
  type: ContestType,
  level: StageLevel,
  code: z.string(),
  title: z.string(),
  text: z.string(),
  language: Language,
  band: StudentBand.optional(),
  videoUrl: z.string().optional(),
  length: z.number().int(),
  rubric: z.array(Criterion),
  myScore: JudgeScore.nullable(),
  /** Similarity flags on this entry, by the other text's code (or a known text's title). */
  flags: z.array(z.object({ flagId: z.string(), otherCode: z.string(), jaccard: z.number() })),
});
export type JudgeEntry = z.infer<typeof JudgeEntry>;
export const JudgeEntryResponse = z.object({ entry: JudgeEntry });

export const JudgeTask = z.object({
  contestId: z.string(),
  contestTitle: z.object({ zh: z.string(), en: z.string() }),
  level: StageLevel,
  code: z.string(),
  title: z.string(),
  scored: z.boolean(),
});
export const JudgeTasksResponse = z.object({ tasks: z.array(JudgeTask) });

/** Progress of the whole contest, per stage, over the units in the caller's scope. */
export const ContestProgress = z.object({
  stages: z.array(
    z.object({
      level: StageLevel,
      quota: z.number().int(),
      entries: z.number().int(),
      judged: z.number().int(),
      toJudge: z.number().int(),
      advanced: z.number().int(),
      units: z.array(
        z.object({
          unitId: z.string(),
          unitName: LocalizedName,
          entries: z.number().int(),
          judged: z.number().int(),
          toJudge: z.number().int(),
          advanced: z.number().int(),
        }),
      ),
    }),
  ),
  submitted: z.number().int(),
});
export type ContestProgress = z.infer<typeof ContestProgress>;

export const PassageRange = z.object({ start: z.number().int(), end: z.number().int() });
export const SimilarityFlag = z.object({
  id: z.string(),
  /** Codes of the two entries; a known text is named `known:<title>`. */
  a: z.string(),
  b: z.string(),
  jaccard: z.number(),
  /** Sides outside the caller's scope (another county's entry, an entry the judge does not judge): shown by code only. */
  outside: z.array(z.enum(['a', 'b'])),
  schoolA: LocalizedName.optional(),
  schoolB: LocalizedName.optional(),
});
export const SimilarityFlagsResponse = z.object({ flags: z.array(SimilarityFlag) });
export const SimilarityPair = z.object({
  flag: SimilarityFlag,
  /** Null for a side outside the caller's scope; its passages are then empty too. */
  textA: z.string().nullable(),
  textB: z.string().nullable(),
  passagesA: z.array(PassageRange),
  passagesB: z.array(PassageRange),
});
export const SimilarityPairResponse = z.object({ pair: SimilarityPair });

const AwardCount = z.number().int().min(AWARD_COUNT.min).max(AWARD_COUNT.max);
export const AwardsRequest = z.strictObject({
  /** How many ranks each level takes, best first; entries tied with an awarded one share its level. */
  counts: z.strictObject({ first: AwardCount, second: AwardCount, third: AwardCount, excellence: AwardCount }),
});
export const AwardRow = z.object({
  entryId: z.string(),
  code: z.string(),
  title: z.string(),
  schoolName: LocalizedName,
  mean: z.number(),
  rank: z.number().int(),
  award: AwardLevel,
});
export const AwardsResponse = z.object({ awardedAt: z.string().nullable(), awards: z.array(AwardRow) });
