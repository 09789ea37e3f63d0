import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.js';

describe('csv for Excel', () => {
  it('starts with a BOM and uses CRLF', () => {
    expect(
      toCsv([
        ['姓名', '进度'],
        ['小明', 50],
      ]),
    ).toBe('\uFEFF姓名,进度\r\n小明,50\r\n');
  });
  it('neutralises formula cells and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
  });
});
