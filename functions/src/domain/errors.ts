/** Errors the domain and the store raise; the API maps each code to its HTTP status. */
export type ErrorCode = 'validation' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule_broken' | 'throttled' | 'unavailable';

/** What a detail's params may hold: plain JSON, so a client can put them into its own words. */
export type ParamValue = string | number | boolean | null | readonly (string | number | boolean | null)[];
export type Params = Record<string, ParamValue>;

/**
 * One thing wrong with a request. `code` is stable (docs/ERRORS.md, "Error codes") and `params`
 * fill its message; `message` is English for people reading logs and raw responses, never parsed.
 */
export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
  params: Params;
}

export const detail = (path: string, code: string, message: string, params: Params = {}): ErrorDetail => ({ path, code, message, params });

/**
 * The options of a `.refine` or the fields of a custom issue whose code the client must tell apart:
 * zod keeps `params` on the issue, and the API's error handler makes `params.code` the detail's code.
 */
export const rule = (code: string, message: string, params: Params = {}) => ({ message, params: { ...params, code } });

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
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new DomainError('conflict', message, [], extra);
export const ruleBroken = (message: string, details: ErrorDetail[] = []) => new DomainError('rule_broken', message, details);
