/**
 * The API's shapes, as types only: answers of the API from its OpenAPI document (api-contract.ts),
 * the values inside them from the functions' domain schemas. No zod reaches the browser bundle.
 */
import type { ApiResponse } from './api-contract';
import type { User } from '$domain/accounts/schemas';
import type { Role } from '$domain/accounts/roles';
import type { Unit, UnitKind, LocalizedName } from '$domain/org/units';
import type { SchoolStage } from '$domain/org/stages';
import type { RosterImport, Credential } from '$domain/roster/schemas';
import type { PreviewRow, RosterProblem, RowError } from '$domain/roster/rows';
import type { GradeBand, ModuleContent, Section, Topic } from '$domain/modules/content';
import type { ModuleDraft, ModuleSummary } from '$domain/modules/schemas';
import type { PlayedModule, PlayedSection } from '$domain/modules/played';
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
export type {
  GradeBand,
  ModuleContent,
  Section,
  Topic,
  ModuleDraft,
  ModuleSummary,
  PlayedModule,
  PlayedSection,
  ModuleProgress,
  ProgressEvent,
  ProgressStatus,
};
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

/** What GET /api/me answers; its org is the signed-in user's home unit (a student's class). */
export type UserResponse = ApiResponse<'get', '/api/me'>;
export type HomeOrg = NonNullable<UserResponse['org']>;

export type ModulesResponse = ApiResponse<'get', '/api/modules'>;
/** A row of the editor's module list: the draft without its content, plus the title. */
export type ModuleListItem = ModulesResponse['modules'][number];
export type DraftResponse = ApiResponse<'get', '/api/modules/{moduleId}/draft'>;
export type CatalogResponse = ApiResponse<'get', '/api/catalog'>;
export type TasksResponse = ApiResponse<'get', '/api/me/tasks'>;
export type MyModuleResponse = ApiResponse<'get', '/api/me/modules/{moduleId}'>;
export type ProgressResponse = ApiResponse<'put', '/api/me/progress/{moduleId}'>;
export type AssignmentsResponse = ApiResponse<'post', '/api/assignments'>;
export type CampaignsResponse = ApiResponse<'get', '/api/campaigns'>;
export type CampaignResponse = ApiResponse<'post', '/api/campaigns'>;
export type OneTimePasswordResponse = ApiResponse<'post', '/api/accounts/{userId}/password-reset'>;
/** A unit with its ancestors and a page of its children, each with its enrolled-student counter. */
export type UnitView = ApiResponse<'get', '/api/units/{unitId}'>;
export type UnitResponse = ApiResponse<'post', '/api/units/{unitId}/schools'>;
export type UsersResponse = ApiResponse<'get', '/api/schools/{schoolId}/teachers'>;

export type StudentsResponse = z.infer<typeof StudentsResponseSchema>;
export type RosterStudent = StudentsResponse['students'][number];
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditPage = z.infer<typeof AuditPageResponse>;
export type GuardianConsent = z.infer<typeof GuardianConsentSchema>;
export type ConsentMethod = GuardianConsent['method'];
export type ConsentReply = z.infer<typeof ConsentResponse>;
export type SchoolSettingsReply = z.infer<typeof SchoolSettingsResponse>;

export type TeachingSummary = ApiResponse<'get', '/api/me/classes'>['classes'][number];
export type SlipsResponse = ApiResponse<'get', '/api/classes/{classId}/roster-imports/{importId}/slips'>;
export type CommitResponse = ApiResponse<'post', '/api/classes/{classId}/roster-imports/{importId}/commit'>;
export type QuestionsResponse = ApiResponse<'get', '/api/questions'>;
export type QuestionResponse = ApiResponse<'post', '/api/questions'>;
export type QuizzesResponse = ApiResponse<'get', '/api/quizzes'>;
export type QuizResponse = ApiResponse<'get', '/api/quizzes/{quizId}'>;
export type AttemptResponse = ApiResponse<'get', '/api/attempts/{attemptId}'>;
export type SubmitResponse = ApiResponse<'post', '/api/attempts/{attemptId}/submit'>;
export type SavedAnswer = ApiResponse<'put', '/api/attempts/{attemptId}/answers/{questionId}'>;
export type BoardResponse = ApiResponse<'get', '/api/quizzes/{quizId}/board'>;
/**
 * A certificate as the API shows it (to its holder, and to anyone checking its code): a quiz
 * competition's (with the percent) or a contest's (with the award; to the author, or to an essay
 * author's class teacher as their supervising teacher).
 */
export type { Certificate };

export type CertificatesResponse = ApiResponse<'get', '/api/me/certificates'>;
export type CertificateResponse = ApiResponse<'get', '/api/certificates/{code}'>;

// The API's values, from the domain's zod-free modules (its zod modules would pull zod into the bundle).
export { TOPICS } from '$domain/modules/topics';
export { QUESTION_TYPES } from '$domain/questions/options';
export { QUIZ_KINDS, REVIEW_POLICIES } from '$domain/quizzes/kinds';

export { SECTION_KINDS } from '$domain/modules/content-rules';

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

export type {
  AwardLevel,
  Contest,
  ContestProgress,
  ContestSettings,
  ContestType,
  Criterion,
  Entry,
  EntryContent,
  EntryLanguage,
  JudgeEntry,
  JudgeScore,
  StageEntry,
  StageLevel,
  StageUnitView,
  Submission,
};
export type JudgeTask = z.infer<typeof JudgeTaskSchema>;
export type PassageRange = z.infer<typeof PassageRangeSchema>;
export type SimilarityFlag = z.infer<typeof SimilarityFlagSchema>;
export type SimilarityPair = z.infer<typeof SimilarityPairSchema>;
export type CertificateAward = NonNullable<Certificate['award']>;

export type ContestsResponse = ApiResponse<'get', '/api/contests'>;
export type ContestResponse = ApiResponse<'get', '/api/contests/{contestId}'>;
export type EntryResponse = ApiResponse<'get', '/api/contests/{contestId}/entries/me'>;
export type JudgeTasksResponse = ApiResponse<'get', '/api/judging'>;
export type JudgeEntryResponse = ApiResponse<'get', '/api/judging/{contestId}/{code}'>;
export type SimilarityPairResponse = ApiResponse<'get', '/api/contests/{contestId}/similarity/{flagId}'>;

export { AWARD_LEVELS, CONTEST_TYPES, STAGE_LEVELS } from '$domain/contests/kinds';
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
