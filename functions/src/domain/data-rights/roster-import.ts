import type { Credential } from '../roster/schemas.js';
import type { PreviewRow } from '../roster/rows.js';

/**
 * A roster import without one student's name, number and credentials. The row and the slip stay in
 * their places, emptied: a commit resumed after a crash finds its chunks by position, so removing
 * one would move the students after it into chunks already written.
 */
export function redactImportedStudent(rows: PreviewRow[], credentials: Credential[], line: number): { rows: PreviewRow[]; credentials: Credential[] } {
  return {
    rows: rows.map((row) => (row.line === line ? { ...row, name: '', studentNumber: '' } : row)),
    credentials: credentials.map((credential) => (credential.line === line ? { line, name: '', studentNumber: '', username: '', password: '' } : credential)),
  };
}

/** Slips to print: an emptied one belongs to a deleted student. */
export const printableCredentials = (credentials: Credential[]) => credentials.filter((credential) => credential.username !== '');
