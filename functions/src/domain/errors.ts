/** Errors the domain and the store raise; the API maps each code to its HTTP status. */
export type ErrorCode =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rule_broken'
  | 'throttled'
  | 'unavailable';

export interface ErrorDetail {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** Extra fields the client needs to recover, e.g. the current version on a conflict. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You may not do this') => new DomainError('forbidden', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError('conflict', message, [], extra);
export const ruleBroken = (message: string, details: ErrorDetail[] = []) =>
  new DomainError('rule_broken', message, details);
