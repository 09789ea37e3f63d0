import { describe, expect, it } from 'vitest';
import { STUDENT_BANDS } from '../../domain/modules/content.js';
import { SEED_QUESTIONS } from './index.js';
import { SCENARIO_FILES, SCENARIO_KEYS } from './scenario-keys.js';

const keys = new Set(SEED_QUESTIONS.map((q) => q.key));

describe('scenario items and the size of the bank (issue 13)', () => {
  it('lists only scenario keys that are in the bank', () => {
    for (const key of SCENARIO_KEYS) expect(keys.has(key), key).toBe(true);
  });

  it('makes at least 40 % of the whole bank scenario/application items', () => {
    const share = SEED_QUESTIONS.filter((q) => SCENARIO_KEYS.has(q.key)).length / SEED_QUESTIONS.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
  });

  it('has at least 300 questions and at least 60 in every student band', () => {
    expect(SEED_QUESTIONS.length).toBeGreaterThanOrEqual(300);
    for (const band of STUDENT_BANDS) expect(SEED_QUESTIONS.filter((q) => q.content.gradeBands.includes(band)).length, band).toBeGreaterThanOrEqual(60);
  });

  it('puts every scenario-file item in the band its file is for, under a scene-NNN key', () => {
    for (const [band, questions] of Object.entries(SCENARIO_FILES))
      for (const { key, content } of questions) {
        expect(key).toMatch(/^scene-\d{3}$/);
        expect(content.gradeBands, key).toContain(band);
      }
  });

  it('keeps the scenario files free of answer cues of their own', () => {
    // The seed step reorders options anyway; this keeps the authored text honest about length.
    const singles = Object.values(SCENARIO_FILES)
      .flat()
      .filter((q) => q.content.type === 'single');
    for (const lang of ['zh', 'en'] as const) {
      const longest = singles.filter(({ content }) => {
        const correct = content.options.find((o) => o.correct)!;
        return content.options.every((o) => o === correct || o.text[lang].length < correct.text[lang].length);
      });
      expect(longest.length / singles.length, `${lang}: ${longest.map((q) => q.key).join(', ')}`).toBeLessThanOrEqual(0.25);
    }
  });
});
