import iconv from 'iconv-lite';

const SURNAMES = ['马', '李', '王', '张', '杨', '海', '田', '苏', '刘', '陈'];
const GIVEN = ['晓燕', '浩然', '雨轩', '梓涵', '子豪', '欣怡', '佳琪', '文博', '思远', '可欣', '一鸣', '悦'];

/** Distinct plausible names and student numbers, deterministic for a seed. */
export function rosterRows(count: number, seed = 1): { name: string; number: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${SURNAMES[(i + seed) % SURNAMES.length]}${GIVEN[(i * 7 + seed) % GIVEN.length]}${i + 1}`,
    number: String(20250000 + seed * 10000 + i),
  }));
}

/** A CSV as Excel on a Chinese Windows saves it: GBK, CRLF. */
export function gbkCsv(rows: { name: string; number: string }[], header = '姓名,学号'): Buffer {
  return iconv.encode([header, ...rows.map((r) => `${r.name},${r.number}`)].join('\r\n') + '\r\n', 'gbk');
}

/** "CSV UTF-8" from Excel: with a BOM. */
export function utf8BomCsv(lines: string[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]);
}
