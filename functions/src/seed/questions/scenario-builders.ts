import type { GradeBand, Topic } from '../../domain/modules/content.js';
import type { SeedQuestion } from './index.js';
import { trueFalse } from './true-false.js';

/** One option in display order: Chinese, English, and `true` when it is a correct answer. */
export type OptionSpec = readonly [zh: string, en: string, correct?: true];

interface Common {
  key: string;
  bands: GradeBand[];
  topics: Topic[];
  difficulty: 1 | 2 | 3;
  /** Shared with the other questions that test the same fact, so one draw takes at most one of them. */
  group?: string;
  stem: readonly [zh: string, en: string];
  explanation: readonly [zh: string, en: string];
}

const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

function build(spec: Common, type: 'single' | 'multiple', options: OptionSpec[]): SeedQuestion {
  return {
    key: spec.key,
    content: {
      type,
      stem: { zh: spec.stem[0], en: spec.stem[1] },
      options: options.map(([zh, en, correct], i) => ({ id: OPTION_IDS[i]!, text: { zh, en }, correct: correct === true })),
      explanation: { zh: spec.explanation[0], en: spec.explanation[1] },
      topics: spec.topics,
      gradeBands: spec.bands,
      difficulty: spec.difficulty,
      ...(spec.group ? { group: spec.group } : {}),
    },
  };
}

/** A single-choice scenario item; ids a, b, c… follow the written order, which the seed step rearranges (option-order.ts). */
export const single = (spec: Common & { options: OptionSpec[] }) => build(spec, 'single', spec.options);

/** A multiple-choice scenario item (at least two options marked correct). */
export const multiple = (spec: Common & { options: OptionSpec[] }) => build(spec, 'multiple', spec.options);

/** A true/false scenario item with the fixed 对/True, 错/False options. */
export function judge(spec: Common & { answer: boolean }): SeedQuestion {
  return {
    key: spec.key,
    content: {
      type: 'true_false',
      stem: { zh: spec.stem[0], en: spec.stem[1] },
      options: trueFalse(spec.answer),
      explanation: { zh: spec.explanation[0], en: spec.explanation[1] },
      topics: spec.topics,
      gradeBands: spec.bands,
      difficulty: spec.difficulty,
      ...(spec.group ? { group: spec.group } : {}),
    },
  };
}
