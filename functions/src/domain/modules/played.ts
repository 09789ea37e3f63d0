import { z } from 'zod';
import { CheckSection, ImageSection, ModuleContent, TextSection, VideoSection } from './content.js';
import { PublishedModule } from './schemas.js';
import { playedSection } from './text-html.js';

/**
 * A module as learners and viewers receive it: a published version whose text sections carry HTML
 * made on the server (text-html.ts) in place of their Markdown. The Markdown stays with the editors'
 * draft; nobody who only reads a module needs it.
 */
export const PlayedTextSection = TextSection.omit({ body: true }).extend({
  html: z.strictObject({ zh: z.string(), en: z.string() }).describe('The section’s Markdown as HTML, safe to insert as it is'),
});
export const PlayedSection = z.discriminatedUnion('kind', [PlayedTextSection, ImageSection, VideoSection, CheckSection]);
export type PlayedSection = z.infer<typeof PlayedSection>;

export const PlayedContent = z.strictObject({ ...ModuleContent.shape, sections: z.array(PlayedSection) });
export type PlayedContent = z.infer<typeof PlayedContent>;

export const PlayedModule = PublishedModule.extend({ content: PlayedContent });
export type PlayedModule = z.infer<typeof PlayedModule>;

export const playedContent = (content: ModuleContent): PlayedContent => ({ ...content, sections: content.sections.map(playedSection) });

export const played = (module: PublishedModule): PlayedModule => ({ ...module, content: playedContent(module.content) });

export const PlayedResponse = z.object({ module: PlayedModule });
