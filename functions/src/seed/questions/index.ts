import type { QuestionContent } from '../../domain/questions/question.js';
import { basicsQuestions } from './basics.js';
import { disguisedQuestions } from './disguised.js';
import { drinksQuestions } from './drinks.js';
import { healthQuestions } from './health.js';
import { helpQuestions } from './help.js';
import { lawQuestions } from './law.js';
import { withArrangedOptions } from './option-order.js';
import { precursorsQuestions } from './precursors.js';
import { primaryLowerQuestions } from './primary-lower.js';
import { refusalQuestions } from './refusal.js';
import { juniorScenarioQuestions } from './scenarios-junior.js';
import { primaryLowerScenarioQuestions } from './scenarios-primary-lower.js';
import { primaryScenarioQuestions } from './scenarios-primary.js';
import { seniorScenarioQuestions } from './scenarios-senior.js';
import { vocationalScenarioQuestions } from './scenarios-vocational.js';

/**
 * A built-in bank question: a stable unique key (e.g. 'basics-001', never reused for a different
 * question) and its bilingual content. Every fact is taught in the seed course modules.
 */
export interface SeedQuestion {
  key: string;
  content: QuestionContent;
}

/** The seed question bank, grouped by main topic, with options in their stored order (option-order.ts). */
export const SEED_QUESTIONS: SeedQuestion[] = [
  ...basicsQuestions,
  ...healthQuestions,
  ...disguisedQuestions,
  ...lawQuestions,
  ...drinksQuestions,
  ...refusalQuestions,
  ...helpQuestions,
  ...precursorsQuestions,
  ...primaryLowerQuestions,
  ...primaryLowerScenarioQuestions,
  ...primaryScenarioQuestions,
  ...juniorScenarioQuestions,
  ...seniorScenarioQuestions,
  ...vocationalScenarioQuestions,
].map(withArrangedOptions);
