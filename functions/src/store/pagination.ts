import { DomainError } from '../domain/errors.js';

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // fall through to the validation error
  }
  throw new DomainError('validation', 'Invalid cursor', [{ path: 'cursor', message: 'not a cursor this API issued' }]);
}
