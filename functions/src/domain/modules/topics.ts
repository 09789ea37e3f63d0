/** What a module or question is about: zod-free, so the editors' pickers list the API's topics. */
export const TOPICS = ['drug_basics', 'health_harm', 'law', 'disguised_drugs', 'spiked_drinks', 'refusal_skills', 'precursors_plants', 'help_support'] as const;
export type Topic = (typeof TOPICS)[number];
