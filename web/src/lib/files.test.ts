import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_BASE64 } from '$domain/roster/upload';
import { bytesToBase64, csvCell, MAX_ROSTER_FILE_BYTES, rosterTemplateCsv, toCsv } from './files';

describe('bytesToBase64', () => {
  it('matches Node for GBK bytes and large buffers', () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd1, 0xa7, 0xba, 0xc5, 0x0d, 0x0a]); // 姓名,学号 in GBK
    expect(bytesToBase64(gbk)).toBe(Buffer.from(gbk).toString('base64'));
    const big = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('allows the largest file whose base64 the API still takes', () => {
    expect(bytesToBase64(new Uint8Array(MAX_ROSTER_FILE_BYTES)).length).toBeLessThanOrEqual(MAX_ROSTER_BASE64);
    expect(bytesToBase64(new Uint8Array(MAX_ROSTER_FILE_BYTES + 1)).length).toBeGreaterThan(MAX_ROSTER_BASE64);
  });
});

describe('CSV', () => {
  it('quotes only when needed', () => {
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(
      toCsv([
        ['姓名', '学号'],
        ['王, 小明', '1'],
      ]),
    ).toBe('姓名,学号\r\n"王, 小明",1\r\n');
  });

  it('the template starts with a BOM and the Chinese header', () => {
    const csv = rosterTemplateCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('姓名,学号');
  });
});
