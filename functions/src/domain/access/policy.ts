import type { Role } from '../accounts/roles.js';
import type { Session } from '../accounts/schemas.js';
import { isWithin, type UnitKind } from '../org/units.js';

/**
 * Every route names one of these actions; `can` decides from the actor's role and scope path and the
 * resource's ancestor path. Bureaus work on units and aggregates, never on student accounts.
 */
export type Action =
  | 'unit.view'
  | 'school.register'
  | 'class.create'
  | 'staff.create'
  | 'staff.list'
  | 'teacher.assign'
  | 'transfer.manage'
  | 'school.promote'
  | 'activity.record'
  | 'activity.view'
  | 'activity.question'
  | 'lesson.teach'
  | 'lesson.view'
  | 'requirement.set'
  | 'requirement.view'
  | 'roster.view'
  | 'roster.import'
  | 'password.reset'
  | 'student.export'
  | 'student.delete'
  | 'student.move'
  | 'consent.manage'
  | 'school.settings'
  | 'audit.view'
  | 'audit.counts'
  | 'module.edit'
  | 'assignment.create'
  | 'family.share'
  | 'progress.view'
  | 'campaign.create'
  | 'campaign.view'
  | 'question.edit'
  | 'quiz.create'
  | 'quiz.take'
  | 'quiz.board'
  | 'coverage.view'
  | 'contest.create'
  | 'contest.view'
  | 'contest.enter'
  | 'contest.runStage'
  | 'contest.viewStage'
  | 'contest.organise';

export interface Resource {
  /** Ancestor path of the unit the action touches (for an account: the account's org path). */
  path: string;
  kind: UnitKind | 'account' | 'module' | 'campaign' | 'quiz' | 'platform' | 'contest';
  /** For an account: its role. */
  role?: Role;
  /** Whether the actor teaches the class the resource sits in (looked up by the caller). */
  taughtByActor?: boolean;
  /** Whether the school admin named the actor a reviewer of the school's contest entries (looked up by the caller). */
  namedReviewer?: boolean;
}

export function can(actor: Session, action: Action, resource: Resource): boolean {
  const inScope = isWithin(resource.path, actor.orgPath);
  switch (action) {
    case 'unit.view':
    case 'coverage.view':
      if (actor.role === 'bureau' || actor.role === 'school_admin') return inScope;
      if (actor.role === 'teacher') return resource.kind === 'school' ? inScope : resource.kind === 'class' && !!resource.taughtByActor;
      return false;
    case 'school.register':
      return actor.role === 'bureau' && resource.kind === 'county' && inScope;
    case 'class.create':
    case 'staff.create':
    case 'staff.list':
    case 'teacher.assign':
    case 'transfer.manage':
    case 'school.promote':
      // A school's own admin: its teachers, the transfers it asks for or receives, its promotion.
      return actor.role === 'school_admin' && resource.kind === 'school' && actor.orgPath === resource.path;
    case 'activity.record':
      // The school's own staff record what the school held.
      return (actor.role === 'school_admin' || actor.role === 'teacher') && resource.kind === 'school' && actor.orgPath === resource.path;
    case 'activity.view':
      // The school's staff, and the bureaus above it (photos and counts; records name no student).
      if (resource.kind !== 'school') return false;
      return ((actor.role === 'school_admin' || actor.role === 'teacher') && actor.orgPath === resource.path) || (actor.role === 'bureau' && inScope);
    case 'activity.question':
      return actor.role === 'bureau' && resource.kind === 'school' && inScope;
    case 'roster.view':
    case 'roster.import':
    case 'progress.view':
    case 'assignment.create':
    case 'family.share':
    case 'lesson.teach':
    case 'lesson.view':
      if (resource.kind !== 'class') return false;
      if (actor.role === 'school_admin') return inScope;
      return actor.role === 'teacher' && inScope && !!resource.taughtByActor;
    case 'password.reset':
      if (resource.kind !== 'account') return false;
      if (actor.role === 'school_admin') return inScope && (resource.role === 'student' || resource.role === 'teacher');
      return actor.role === 'teacher' && resource.role === 'student' && inScope && !!resource.taughtByActor;
    case 'consent.manage':
      // Whoever may reset a student's password keeps the student's consent record: the class's teachers and the school admin.
      if (resource.kind !== 'account' || resource.role !== 'student') return false;
      if (actor.role === 'school_admin') return inScope;
      return actor.role === 'teacher' && inScope && !!resource.taughtByActor;
    case 'school.settings':
    case 'audit.view':
      // The log names staff and students: the school's own admin only, never a bureau.
      return actor.role === 'school_admin' && resource.kind === 'school' && actor.orgPath === resource.path;
    case 'audit.counts':
      // Counts only, of units a bureau oversees.
      return actor.role === 'bureau' && inScope && resource.kind !== 'class';
    case 'student.export':
    case 'student.delete':
    case 'student.move':
      // A student's or guardian's request goes to the school; teachers and bureaus act on it through the admin.
      // Which class a student is in is the school's decision too.
      return actor.role === 'school_admin' && resource.kind === 'account' && resource.role === 'student' && inScope;
    case 'module.edit':
    case 'question.edit':
      return actor.role === 'editor';
    case 'quiz.create':
      // Editors write platform quizzes; a bureau runs competitions for its own unit.
      if (resource.kind === 'platform') return actor.role === 'editor';
      return actor.role === 'bureau' && resource.path === actor.orgPath && ['region', 'city', 'county'].includes(resource.kind);
    case 'quiz.take':
      return actor.role === 'student' && (resource.kind === 'platform' || isWithin(actor.orgPath, resource.path));
    case 'quiz.board':
      // Aggregates of a unit within the bureau's scope (never names): bureaus, and a school's admin for its school.
      return (actor.role === 'bureau' || actor.role === 'school_admin') && inScope;
    case 'campaign.create':
    case 'requirement.set':
      // A bureau runs campaigns and sets requirements for its own unit; they reach every school below it.
      return actor.role === 'bureau' && resource.path === actor.orgPath && ['region', 'city', 'county'].includes(resource.kind);
    case 'contest.create':
      return actor.role === 'bureau' && resource.path === actor.orgPath && ['region', 'city', 'county'].includes(resource.kind);
    case 'contest.view':
      // As a campaign, and editors (winning lessons become modules).
      return actor.role === 'editor' || isWithin(actor.orgPath, resource.path) || (actor.role === 'bureau' && inScope);
    case 'contest.enter':
      return (actor.role === 'student' || actor.role === 'teacher') && isWithin(actor.orgPath, resource.path);
    case 'contest.runStage':
      // A school's stage: its admin and the teachers the admin named; higher stages: that unit's own bureau.
      if (resource.kind === 'school')
        return (actor.role === 'school_admin' && actor.orgPath === resource.path) || (actor.role === 'teacher' && inScope && !!resource.namedReviewer);
      return actor.role === 'bureau' && actor.orgPath === resource.path;
    case 'contest.viewStage':
      return can(actor, 'contest.runStage', resource) || (actor.role === 'bureau' && inScope);
    case 'contest.organise':
      // Progress and similarity flags: bureaus of the contest's unit and of units below it (their part only).
      return actor.role === 'bureau' && (isWithin(actor.orgPath, resource.path) || inScope);
    case 'campaign.view':
    case 'requirement.view':
      // Everyone below a campaign's unit may see it; a bureau also sees those of units within its scope.
      return isWithin(actor.orgPath, resource.path) || (actor.role === 'bureau' && inScope);
  }
}
