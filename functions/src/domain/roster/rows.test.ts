import { describe, expect, it } from 'vitest';
import { buildRosterRows } from './rows.js';

describe('roster rows: students with the same name', () => {
  it('warns, without refusing the row, when a name is already in the class or earlier in the file', () => {
    const cells = [
      ['姓名', '学号'],
      ['王芳', '01'],
      ['李强', '02'],
      ['王芳', '03'],
      ['张伟', '04'],
    ];
    const { rows } = buildRosterRows(cells, new Set(), new Set(['李强']));
    expect(rows.map((r) => r.errors)).toEqual([[], [], [], []]);
    expect(rows[0]!.warnings).toEqual([]);
    expect(rows[1]!.warnings).toEqual([{ kind: 'name_in_class', message: 'A student with this name is already in this class: check the student numbers' }]);
    expect(rows[2]!.warnings).toEqual([{ kind: 'name_in_file', line: 2, message: 'The same name is also on line 2: check the student numbers' }]);
    expect(rows[3]!.warnings).toEqual([]);
  });
});

describe('roster rows: errors', () => {
  it('codes each problem and gives its numbers as params', () => {
    const cells = [
      ['姓名', '学号'],
      ['', '01'],
      ['x'.repeat(40), '02'],
      ['李强', '02'],
      ['王芳', '07'],
    ];
    const { rows } = buildRosterRows(cells, new Set(['07']));
    expect(rows.map((r) => r.errors.map((e) => [e.field, e.code, e.params]))).toEqual([
      [['name', 'name_empty', {}]],
      [['name', 'name_too_long', { maximum: 32 }]],
      [['studentNumber', 'number_duplicate', { line: 3 }]],
      [['studentNumber', 'number_in_class', {}]],
    ]);
  });

  it('codes a file it cannot read', () => {
    expect(buildRosterRows([], new Set()).fileErrors.map((e) => e.code)).toEqual(['file_empty']);
    expect(buildRosterRows([['name?']], new Set()).fileErrors.map((e) => e.code)).toEqual(['header_missing']);
  });
});
