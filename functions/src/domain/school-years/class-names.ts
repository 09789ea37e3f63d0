/**
 * A class's name in the next year, by the rule the school admin confirms in the promotion preview:
 * the grade in the name moves up one (七年级(1)班 → 八年级(1)班, 初一 → 初二, 高二 → 高三,
 * Grade 7 Class 1 → Grade 8 Class 1); the rest of the name stays. A name without a grade in it is
 * kept as it is, and the preview says so.
 */
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const NUMERAL_PATTERN = '十二|十一|十|一|二|三|四|五|六|七|八|九';

function nextNumeral(numeral: string, grade: number, nextGrade: number): string | null {
  const asGrade = NUMERALS.indexOf(numeral);
  if (asGrade === grade) return NUMERALS[nextGrade] ?? null;
  return null;
}

function nextZh(name: string, grade: number, nextGrade: number): string | null {
  const yearGrade = new RegExp(`(${NUMERAL_PATTERN})年级`);
  const match = yearGrade.exec(name);
  if (match) {
    const next = nextNumeral(match[1]!, grade, nextGrade);
    return next ? name.replace(yearGrade, `${next}年级`) : null;
  }
  // 初一–初三 are grades 7–9 and 高一–高三 grades 10–12.
  const stageGrade = /(初|高)(一|二|三)/.exec(name);
  if (stageGrade) {
    const base = stageGrade[1] === '初' ? 6 : 9;
    if (NUMERALS.indexOf(stageGrade[2]!) + base !== grade || nextGrade - base > 3) return null;
    return name.replace(stageGrade[0], `${stageGrade[1]}${NUMERALS[nextGrade - base]}`);
  }
  return null;
}

function nextEn(name: string, grade: number, nextGrade: number): string | null {
  const gradePattern = new RegExp(`\\bGrade ${grade}\\b`);
  return gradePattern.test(name) ? name.replace(gradePattern, `Grade ${nextGrade}`) : null;
}

/** The next year's name in both languages; `renamed` is false when neither held the grade. */
export function nextClassName(name: { zh: string; en: string }, grade: number, nextGrade: number): { name: { zh: string; en: string }; renamed: boolean } {
  const zh = nextZh(name.zh, grade, nextGrade);
  const en = nextEn(name.en, grade, nextGrade);
  return { name: { zh: zh ?? name.zh, en: en ?? name.en }, renamed: zh !== null || en !== null };
}
