/** The bounds of a module's content, zod-free: the API's schema is built from them and the editor's form shows them. */

/** How long a module takes, as its editor estimates it. */
export const ESTIMATED_MINUTES = { min: 1, max: 240 } as const;

/** The kinds of section, as the editor offers them: content.ts fails to compile when its union of sections and this list differ. */
export const SECTION_KINDS = ['text', 'image', 'video', 'check'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
