/** A contest's types, stage levels and award levels: zod-free, so the web lists the API's values. */
export const CONTEST_TYPES = ['essay', 'lesson'] as const;
export type ContestType = (typeof CONTEST_TYPES)[number];

/** Stages follow the hierarchy upwards; each is run by the unit of that level above the entry. */
export const STAGE_LEVELS = ['school', 'county', 'city', 'region'] as const;
export type StageLevel = (typeof STAGE_LEVELS)[number];

export const AWARD_LEVELS = ['first', 'second', 'third', 'excellence'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];
