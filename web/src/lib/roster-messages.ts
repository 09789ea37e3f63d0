/**
 * The API codes each roster problem (docs/ERRORS.md); these put one into the teacher's language.
 * A code the web does not know yet shows the server's English message.
 */
import type { MessageKey } from './i18n/translate';
import type { RosterProblem } from './types';

export type Explained = { key: MessageKey; params?: Record<string, string | number> } | { text: string };

const KEYS: Record<string, MessageKey> = {
  name_empty: 'roster.err.nameEmpty',
  name_too_long: 'roster.err.nameTooLong',
  unclean_text: 'roster.err.nameUnclean',
  number_too_long: 'roster.err.numberTooLong',
  number_in_class: 'roster.err.numberInClass',
  number_duplicate: 'roster.err.numberDuplicate',
  file_empty: 'roster.fileErr.empty',
  header_missing: 'roster.fileErr.header',
  too_many_rows: 'roster.fileErr.tooMany',
};

export function explainRosterProblem({ code, params, message }: RosterProblem): Explained {
  const key = Object.hasOwn(KEYS, code) ? KEYS[code] : undefined;
  if (!key) return { text: message };
  const { maximum, ...rest } = params;
  return { key, params: maximum === undefined ? rest : { ...rest, max: maximum } };
}
