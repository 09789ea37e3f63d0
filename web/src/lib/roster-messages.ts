/**
 * The API explains roster problems in English; these map its known messages to dictionary keys so a
 * teacher reads them in their own language. Unknown messages pass through unchanged.
 */
import type { MessageKey } from './i18n/translate';

export type Explained = { key: MessageKey; params?: Record<string, string | number> } | { text: string };

const ROW_RULES: [RegExp, MessageKey, string[]][] = [
  [/^Name is empty/i, 'roster.err.nameEmpty', []],
  [/^Name is longer than (\d+)/i, 'roster.err.nameTooLong', ['max']],
  [/^Name contains/i, 'roster.err.nameUnclean', []],
  [/^Student number is longer than (\d+)/i, 'roster.err.numberTooLong', ['max']],
  [/^Student number is already in this class/i, 'roster.err.numberInClass', []],
  [/^Duplicate student number \(also on line (\d+)\)/i, 'roster.err.numberDuplicate', ['line']],
];

const FILE_RULES: [RegExp, MessageKey, string[]][] = [
  [/^The file is empty/i, 'roster.fileErr.empty', []],
  [/^The first row must name the columns/i, 'roster.fileErr.header', []],
  [/^At most (\d+) students per import; this file has (\d+)/i, 'roster.fileErr.tooMany', ['max', 'count']],
];

function explain(message: string, rules: [RegExp, MessageKey, string[]][]): Explained {
  for (const [pattern, key, names] of rules) {
    const match = pattern.exec(message);
    if (match) return { key, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
  }
  return { text: message };
}

export const explainRowError = (message: string) => explain(message, ROW_RULES);
export const explainFileError = (message: string) => explain(message, FILE_RULES);
