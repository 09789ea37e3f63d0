import { z } from 'zod';
import { idFromKey } from '../ids.js';
import { nameProblem } from '../text/clean-text.js';

export const NAME_MAX_LENGTH = 32;
export const STUDENT_NUMBER_MAX_LENGTH = 32;
/** One import is a class or a grade; the cap keeps the import item (rows, sealed slips) far below 400 KB. */
export const MAX_ROWS = 1000;
/**
 * No cell of a class list comes near this. A longer one means a wrong or crafted file, refused whole
 * rather than stored: one 900 KB cell would make the preview item too large for DynamoDB.
 */
export const MAX_CELL_LENGTH = 500;

const HEADERS = {
  name: ['姓名', '学生姓名', 'name', 'student name', 'display name'],
  studentNumber: ['学号', '学籍号', '编号', 'student number', 'student no', 'student no.', 'number', 'no.', 'id'],
};

/** A problem with the file or a row, by a stable code (docs/ERRORS.md) with its numbers in `params`; `message` is English. */
export const RosterProblem = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type RosterProblem = z.infer<typeof RosterProblem>;

export const RowError = RosterProblem.extend({ field: z.enum(['name', 'studentNumber', 'file']) });
export type RowError = z.infer<typeof RowError>;

/**
 * Something to check that does not stop the import: two students may share a name, but a teacher
 * should look twice (a student listed twice?) and tell them apart by student number.
 */
export const RowWarning = z.object({ kind: z.enum(['name_in_class', 'name_in_file']), line: z.number().int().optional(), message: z.string() });
export type RowWarning = z.infer<typeof RowWarning>;

export const PreviewRow = z.object({
  line: z.number().int(),
  name: z.string(),
  studentNumber: z.string(),
  errors: z.array(RowError),
  /** Absent on previews stored before warnings existed. */
  warnings: z.array(RowWarning).optional(),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

/** A student's id derives from the import and the file line, so a retried commit makes the same account. */
export const importedStudentId = (importId: string, line: number) => idFromKey('u', importId, String(line));

export interface ParsedRoster {
  rows: PreviewRow[];
  fileErrors: RosterProblem[];
}

const problem = (code: string, message: string, params: RosterProblem['params'] = {}): RosterProblem => ({ code, params, message });
const rowError = (field: RowError['field'], code: string, message: string, params: RosterProblem['params'] = {}): RowError => ({
  field,
  ...problem(code, message, params),
});

/** The first cell longer than MAX_CELL_LENGTH, with its 1-based line; null when there is none. */
export function overlongCell(cells: string[][]): { line: number; length: number } | null {
  for (const [index, row] of cells.entries()) for (const cell of row) if (cell.length > MAX_CELL_LENGTH) return { line: index + 1, length: cell.length };
  return null;
}

/** The preview shows an over-long value cut at its limit (its row has an error anyway): the stored rows stay small. */
function clip(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
}

/**
 * Turns CSV cells into roster rows with per-row errors: empty, over-long or unclean name, over-long or
 * duplicate student number (within the file, or already in the class); a name already in the class or
 * earlier in the file is a warning only.
 */
export function buildRosterRows(cells: string[][], existingNumbers: ReadonlySet<string>, existingNames: ReadonlySet<string> = new Set()): ParsedRoster {
  const [header, ...body] = cells;
  if (!header) return { rows: [], fileErrors: [problem('file_empty', 'The file is empty')] };
  const normalized = header.map(normalizeHeader);
  const nameColumn = normalized.findIndex((h) => HEADERS.name.includes(h));
  const numberColumn = normalized.findIndex((h) => HEADERS.studentNumber.includes(h));
  if (nameColumn < 0)
    return { rows: [], fileErrors: [problem('header_missing', 'The first row must name the columns: 姓名 (name) and optionally 学号 (student number)')] };
  if (body.length > MAX_ROWS)
    return {
      rows: [],
      fileErrors: [
        problem('too_many_rows', `At most ${MAX_ROWS} students per import; this file has ${body.length}`, { maximum: MAX_ROWS, count: body.length }),
      ],
    };

  const seen = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const rows = body.map((cells, index): PreviewRow => {
    const line = index + 2;
    const name = (cells[nameColumn] ?? '').replace(/\s+/g, ' ').trim();
    const studentNumber = numberColumn >= 0 ? (cells[numberColumn] ?? '').trim() : '';
    const errors: RowError[] = [];
    if (!name) errors.push(rowError('name', 'name_empty', 'Name is empty'));
    else if ([...name].length > NAME_MAX_LENGTH)
      errors.push(rowError('name', 'name_too_long', `Name is longer than ${NAME_MAX_LENGTH} characters`, { maximum: NAME_MAX_LENGTH }));
    else {
      const unclean = nameProblem(name);
      if (unclean) errors.push(rowError('name', 'unclean_text', `Name ${unclean}`));
    }
    if ([...studentNumber].length > STUDENT_NUMBER_MAX_LENGTH)
      errors.push(
        rowError('studentNumber', 'number_too_long', `Student number is longer than ${STUDENT_NUMBER_MAX_LENGTH} characters`, {
          maximum: STUDENT_NUMBER_MAX_LENGTH,
        }),
      );
    else if (studentNumber) {
      if (existingNumbers.has(studentNumber)) errors.push(rowError('studentNumber', 'number_in_class', 'Student number is already in this class'));
      const firstLine = seen.get(studentNumber);
      if (firstLine !== undefined)
        errors.push(rowError('studentNumber', 'number_duplicate', `Duplicate student number (also on line ${firstLine})`, { line: firstLine }));
      else seen.set(studentNumber, line);
    }
    const warnings: RowWarning[] = [];
    if (name) {
      // The message never repeats the name: deleting a student blanks the row's name, and nothing else may keep it.
      if (existingNames.has(name))
        warnings.push({ kind: 'name_in_class', message: 'A student with this name is already in this class: check the student numbers' });
      const firstLine = seenNames.get(name);
      if (firstLine !== undefined)
        warnings.push({ kind: 'name_in_file', line: firstLine, message: `The same name is also on line ${firstLine}: check the student numbers` });
      else seenNames.set(name, line);
    }
    return { line, name: clip(name, NAME_MAX_LENGTH), studentNumber: clip(studentNumber, STUDENT_NUMBER_MAX_LENGTH), errors, warnings };
  });
  return { rows, fileErrors: [] };
}
