/**
 * The API's shapes, taken as types only from the functions' domain schemas: no zod reaches the
 * browser bundle.
 */
import type { User } from '$domain/accounts/schemas';
import type { Role } from '$domain/accounts/roles';
import type { Unit, UnitKind, LocalizedName } from '$domain/org/units';
import type { SchoolStage } from '$domain/org/stages';
import type { RosterImport, Credential } from '$domain/roster/schemas';
import type { PreviewRow, RosterProblem, RowError } from '$domain/roster/rows';
import type { GradeBand, ModuleContent, Section, Topic } from '$domain/modules/content';
import type { ModuleDraft, ModuleSummary, PublishedModule } from '$domain/modules/schemas';
import type { ModuleProgress, ProgressEvent, ProgressStatus } from '$domain/progress/progress';
import type { Task } from '$domain/tasks/tasks';
import type { Assignment, ProgressGrid } from '$domain/assignments/schemas';
import type { Campaign } from '$domain/campaigns/schemas';
import type { Question } from '$domain/questions/schemas';
import type { QuestionContent, QuestionType } from '$domain/questions/question';
import type { Quiz, QuizRules, QuizSettings } from '$domain/quizzes/quiz';
import type { AttemptView } from '$domain/attempts/schemas';
import type { BoardRow, ClassResults as ClassResultsSchema } from '$domain/quizzes/analysis';
import type { Certificate } from '$domain/certificates/schemas';
import type { StudentsResponse as StudentsResponseSchema } from '$domain/roster/schemas';
import type { AuditEntry as AuditEntrySchema, AuditPageResponse } from '$domain/audit/schemas';
import type { ConsentResponse, GuardianConsent as GuardianConsentSchema, SchoolSettingsResponse } from '$domain/consent/consent';
import type { z } from 'zod';

export type { User, Role, Unit, SchoolStage, UnitKind, LocalizedName, RosterImport, Credential, PreviewRow, RosterProblem, RowError };
export type { GradeBand, ModuleContent, Section, Topic, ModuleDraft, ModuleSummary, PublishedModule, ModuleProgress, ProgressEvent, ProgressStatus };
export type { Task, Assignment, ProgressGrid, Campaign };
export type { Question, QuestionContent, QuestionType, Quiz, QuizRules, QuizSettings, AttemptView, BoardRow };

export type QuizKind = QuizSettings['kind'];
export type ReviewPolicy = QuizSettings['reviewPolicy'];
export type QuestionStatus = Question['status'];
export type QuestionOption = QuestionContent['options'][number];
export type DrawRule = Extract<QuizRules, { draw: unknown }>['draw'][number];
/** A question of an attempt; with correctIds and explanation once review is allowed. */
export type AttemptQuestionView = AttemptView['questions'][number];
export type ReviewedQuestionView = Extract<AttemptQuestionView, { correctIds: string[] }>;
export type AttemptResult = NonNullable<AttemptView['result']>;
export type ClassResults = z.infer<typeof ClassResultsSchema>;

export type CheckSection = Extract<Section, { kind: 'check' }>;
export type CheckOption = CheckSection['options'][number];
export type SectionKind = Section['kind'];
export type GridCell = ProgressGrid['students'][number]['cells'][number];
export type GridModule = ProgressGrid['modules'][number];

/** The signed-in user's home unit (a student's class), as GET /api/me gives it. */
export interface HomeOrg {
  id: string;
  name: LocalizedName;
  path: string;
}

export interface UserResponse {
  user: User;
  org?: HomeOrg | null;
}

/** A row of the editor's module list: the draft without its content, plus the title. */
export type ModuleListItem = Omit<ModuleDraft, 'content'> & { title: LocalizedName };

export interface ModulesResponse {
  modules: ModuleListItem[];
}

export interface DraftResponse {
  module: ModuleDraft;
}

export interface PublishedResponse {
  module: PublishedModule;
}

export interface CatalogResponse {
  modules: ModuleSummary[];
}

export interface TasksResponse {
  tasks: Task[];
}

export interface MyProgressResponse {
  progress: ModuleProgress | null;
  version: number;
}

export interface ProgressResponse {
  progress: ModuleProgress;
}

export interface AssignmentsResponse {
  assignments: Assignment[];
}

export interface CampaignsResponse {
  campaigns: Campaign[];
}

export interface CampaignResponse {
  campaign: Campaign;
}

export interface OneTimePasswordResponse {
  user: User;
  oneTimePassword: string;
}

export interface UnitView {
  unit: Unit;
  ancestors: Unit[];
  /** Each child with its enrolled-student counter. */
  children: (Unit & { enrolled: number })[];
  cursor: string | null;
  enrolled: number;
}

export interface UnitResponse {
  unit: Unit;
}

export interface UsersResponse {
  users: User[];
  cursor: string | null;
}

export type StudentsResponse = z.infer<typeof StudentsResponseSchema>;
export type RosterStudent = StudentsResponse['students'][number];
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditPage = z.infer<typeof AuditPageResponse>;
export type GuardianConsent = z.infer<typeof GuardianConsentSchema>;
export type ConsentMethod = GuardianConsent['method'];
export type ConsentReply = z.infer<typeof ConsentResponse>;
export type SchoolSettingsReply = z.infer<typeof SchoolSettingsResponse>;

export interface TeachingSummary {
  classId: string;
  className: LocalizedName;
  classPath: string;
  grade?: number;
}

export interface SlipsResponse {
  importId: string;
  school: LocalizedName;
  className: LocalizedName;
  credentials: Credential[];
  expiresAt: string;
}

export interface CommitResponse {
  importId: string;
  created: number;
  skipped: number;
  slips: SlipsResponse;
}

export interface QuestionsResponse {
  questions: Question[];
  cursor: string | null;
}

export interface QuestionResponse {
  question: Question;
}

export interface QuizzesResponse {
  quizzes: Quiz[];
}

export interface QuizResponse {
  quiz: Quiz;
}

export interface AttemptResponse {
  attempt: AttemptView;
}

export interface SubmitResponse {
  result: AttemptResult;
  certificateCode: string | null;
}

export interface SavedAnswer {
  questionId: string;
  optionIds: string[];
  savedAt: string;
}

export interface BoardResponse {
  unit: BoardRow;
  rows: BoardRow[];
}

/**
 * A certificate as the API shows it (to its holder, and to anyone checking its code): a quiz
 * competition's (with the percent) or a contest's (with the award; to the author, or to an essay
 * author's class teacher as their supervising teacher).
 */
export type { Certificate };

export interface CertificatesResponse {
  certificates: Certificate[];
}

export interface CertificateResponse {
  certificate: Certificate;
}

export const ROLES: readonly Role[] = ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor'];
export const TOPICS = [
  'drug_basics',
  'health_harm',
  'law',
  'disguised_drugs',
  'spiked_drinks',
  'refusal_skills',
  'precursors_plants',
  'help_support',
] as const satisfies readonly Topic[];
export const SECTION_KINDS = ['text', 'image', 'video', 'check'] as const satisfies readonly SectionKind[];
export const QUESTION_TYPES = ['single', 'multiple', 'true_false'] as const satisfies readonly QuestionType[];
export const QUIZ_KINDS = ['practice', 'pre_test', 'post_test', 'competition'] as const satisfies readonly QuizKind[];
export const REVIEW_POLICIES = ['after_submit', 'after_close', 'never'] as const satisfies readonly ReviewPolicy[];

// The lists above are copies (values from the domain's zod modules would pull zod into the bundle);
// these fail to compile when the domain gains a topic or kind the copies lack. Bands come from the
// domain's zod-free bands.ts.
type Missing<All, Listed> = Exclude<All, Listed>;
const _topicsComplete: Missing<Topic, (typeof TOPICS)[number]> extends never ? true : never = true;
const _kindsComplete: Missing<SectionKind, (typeof SECTION_KINDS)[number]> extends never ? true : never = true;
void _topicsComplete;
void _kindsComplete;
const _typesComplete: Missing<QuestionType, (typeof QUESTION_TYPES)[number]> extends never ? true : never = true;
const _quizKindsComplete: Missing<QuizKind, (typeof QUIZ_KINDS)[number]> extends never ? true : never = true;
const _policiesComplete: Missing<ReviewPolicy, (typeof REVIEW_POLICIES)[number]> extends never ? true : never = true;
void _typesComplete;
void _quizKindsComplete;
void _policiesComplete;

export { SCHOOL_STAGES } from '$domain/org/stages';
export { GRADE_BANDS, STUDENT_BANDS } from '$domain/modules/bands';
export type { StudentBand } from '$domain/modules/bands';

// ── Contests (essays and lessons) ────────────────────────────────────────────────────────────
import type {
  AwardLevel,
  Contest,
  ContestProgress,
  ContestSettings,
  ContestType,
  Criterion,
  Entry,
  EntryContent,
  JudgeEntry,
  JudgeScore,
  JudgeTask as JudgeTaskSchema,
  Language as EntryLanguage,
  PassageRange as PassageRangeSchema,
  SimilarityFlag as SimilarityFlagSchema,
  SimilarityPair as SimilarityPairSchema,
  StageEntry,
  StageLevel,
  StageUnitView,
  Submission,
} from '$domain/contests/schemas';

export type { AwardLevel, Contest, ContestProgress, ContestSettings, ContestType, Criterion, Entry, EntryContent, EntryLanguage, JudgeEntry, JudgeScore, StageEntry, StageLevel, StageUnitView, Submission };
export type JudgeTask = z.infer<typeof JudgeTaskSchema>;
export type PassageRange = z.infer<typeof PassageRangeSchema>;
export type SimilarityFlag = z.infer<typeof SimilarityFlagSchema>;
export type SimilarityPair = z.infer<typeof SimilarityPairSchema>;
export type CertificateAward = NonNullable<Certificate['award']>;

export interface ContestsResponse {
  contests: Contest[];
}

export interface ContestResponse {
  contest: Contest;
}

export interface EntryResponse {
  entry: Entry | null;
}

export interface JudgeTasksResponse {
  tasks: JudgeTask[];
}

export interface JudgeEntryResponse {
  entry: JudgeEntry;
}

export interface SimilarityPairResponse {
  pair: SimilarityPair;
}

export const CONTEST_TYPES = ['essay', 'lesson'] as const satisfies readonly ContestType[];
export const STAGE_LEVELS = ['school', 'county', 'city', 'region'] as const satisfies readonly StageLevel[];
export const AWARD_LEVELS = ['first', 'second', 'third', 'excellence'] as const satisfies readonly AwardLevel[];
const _contestTypesComplete: Missing<ContestType, (typeof CONTEST_TYPES)[number]> extends never ? true : never = true;
const _stageLevelsComplete: Missing<StageLevel, (typeof STAGE_LEVELS)[number]> extends never ? true : never = true;
const _awardLevelsComplete: Missing<AwardLevel, (typeof AWARD_LEVELS)[number]> extends never ? true : never = true;
void _contestTypesComplete;
void _stageLevelsComplete;
void _awardLevelsComplete;
export type { SignInHoldsResponse } from '$domain/accounts/sign-in-holds';

// ── Family links (家长课堂) ──────────────────────────────────────────────────────────────────
import type {
  FamilyLessonResponse as FamilyLessonSchema,
  FamilyLinkResponse as FamilyLinkSchema,
  FamilyLinkWithTitle,
  FamilyLinksResponse as FamilyLinksSchema,
  RecordOpenResponse as RecordOpenSchema,
} from '$domain/family-links/schemas';

/** A family link as its class's teacher sees it: the lesson's title and how many devices opened it. */
export type FamilyLinkView = z.infer<typeof FamilyLinkWithTitle>;
export type FamilyLinksResponse = z.infer<typeof FamilyLinksSchema>;
export type FamilyLinkResponse = z.infer<typeof FamilyLinkSchema>;
/** What a family's browser gets from the link: only the lesson. */
export type FamilyLessonResponse = z.infer<typeof FamilyLessonSchema>;
export type RecordOpenResponse = z.infer<typeof RecordOpenSchema>;
