import type { ModuleContent } from '../../domain/modules/content.js';
import { disguisedDrugs } from './disguised-drugs.js';
import { drugLawJunior } from './drug-law-junior.js';
import { drugLawSenior } from './drug-law-senior.js';
import { drugsBrainBody } from './drugs-brain-body.js';
import { familiesTalkingAboutDrugs } from './families-talking-about-drugs.js';
import { june26HelpingFriends } from './june-26-helping-friends.js';
import { medicineFromGrownUps } from './medicine-from-grown-ups.js';
import { myTrustedGrownUps } from './my-trusted-grown-ups.js';
import { partyDrinkSafety } from './party-drink-safety.js';
import { peersPressureDecisions } from './peers-pressure-decisions.js';
import { poppyAtHome } from './poppy-at-home.js';
import { precursorsAndPlants } from './precursors-and-plants.js';
import { sayNoTellAdult } from './say-no-tell-adult.js';
import { substancesStudentsMeet } from './substances-students-meet.js';
import { unknownFoodNoThanks } from './unknown-food-no-thanks.js';
import { vocationalPersonalSafety } from './vocational-personal-safety.js';
import { whatAreDrugs } from './what-are-drugs.js';
import { whereToGetHelp } from './where-to-get-help.js';

/** A built-in course module: its stable slug, whether it is featured (精品课), and its bilingual content. */
export interface SeedModule {
  slug: string;
  featured?: boolean;
  content: ModuleContent;
}

/** The seed course modules, ordered by grade band (lower primary, upper primary, junior, senior, vocational); families with primary. */
export const SEED_MODULES: SeedModule[] = [
  medicineFromGrownUps,
  unknownFoodNoThanks,
  myTrustedGrownUps,
  whatAreDrugs,
  sayNoTellAdult,
  poppyAtHome,
  familiesTalkingAboutDrugs,
  drugsBrainBody,
  disguisedDrugs,
  drugLawJunior,
  peersPressureDecisions,
  substancesStudentsMeet,
  june26HelpingFriends,
  whereToGetHelp,
  partyDrinkSafety,
  drugLawSenior,
  precursorsAndPlants,
  vocationalPersonalSafety,
];
