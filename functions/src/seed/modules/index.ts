import type { ModuleContent } from '../../domain/modules/content.js';
import { disguisedDrugs } from './disguised-drugs.js';
import { drugLawJunior } from './drug-law-junior.js';
import { drugLawSenior } from './drug-law-senior.js';
import { drugsBrainBody } from './drugs-brain-body.js';
import { june26HelpingFriends } from './june-26-helping-friends.js';
import { partyDrinkSafety } from './party-drink-safety.js';
import { precursorsAndPlants } from './precursors-and-plants.js';
import { sayNoTellAdult } from './say-no-tell-adult.js';
import { whatAreDrugs } from './what-are-drugs.js';

/** A built-in course module: its stable slug, whether it is featured (精品课), and its bilingual content. */
export interface SeedModule {
  slug: string;
  featured?: boolean;
  content: ModuleContent;
}

/** The seed course modules, ordered by grade band (primary, junior, senior, vocational). */
export const SEED_MODULES: SeedModule[] = [
  whatAreDrugs,
  sayNoTellAdult,
  drugsBrainBody,
  disguisedDrugs,
  drugLawJunior,
  june26HelpingFriends,
  partyDrinkSafety,
  drugLawSenior,
  precursorsAndPlants,
];
