import { z } from 'zod';
import { GradeBand, ModuleContent, Topic } from './content.js';

export const ModuleStatus = z.enum(['draft', 'published', 'retired']);

/** The editable draft of a module and where it stands. `version` guards concurrent saves. */
export const ModuleDraft = z.object({
  id: z.string(),
  version: z.number().int(),
  content: ModuleContent,
  featured: z.boolean(),
  status: ModuleStatus,
  /** The latest published version number, 0 when never published. */
  publishedVersion: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type ModuleDraft = z.infer<typeof ModuleDraft>;

/** A published version: immutable. Progress records which one it was made on. */
export const PublishedModule = z.object({
  id: z.string(),
  version: z.number().int(),
  content: ModuleContent,
  featured: z.boolean(),
  publishedAt: z.string(),
});
export type PublishedModule = z.infer<typeof PublishedModule>;

/** What lists show: no section bodies. */
export const ModuleSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.strictObject({ zh: z.string(), en: z.string() }),
  summary: z.strictObject({ zh: z.string(), en: z.string() }),
  gradeBands: z.array(GradeBand),
  topics: z.array(Topic),
  estimatedMinutes: z.number().int(),
  sectionCount: z.number().int(),
  featured: z.boolean(),
});
export type ModuleSummary = z.infer<typeof ModuleSummary>;

export function summarize(module: { id: string; version: number; content: ModuleContent; featured: boolean }): ModuleSummary {
  const { title, summary, gradeBands, topics, estimatedMinutes, sections } = module.content;
  return {
    id: module.id,
    version: module.version,
    title,
    summary,
    gradeBands,
    topics,
    estimatedMinutes,
    sectionCount: sections.length,
    featured: module.featured,
  };
}

export const CreateModuleRequest = z.strictObject({ content: ModuleContent, featured: z.boolean().default(false) });
export const SaveDraftRequest = z.strictObject({
  /** The draft version this edit started from; a stale one gets 409 with the current draft. */
  version: z.number().int().min(1),
  content: ModuleContent,
  featured: z.boolean(),
});

export const DraftResponse = z.object({ module: ModuleDraft });
export const DraftsResponse = z.object({
  modules: z.array(ModuleDraft.omit({ content: true }).extend({ title: z.strictObject({ zh: z.string(), en: z.string() }) })),
});
export const PublishedResponse = z.object({ module: PublishedModule });
export const CatalogResponse = z.object({ modules: z.array(ModuleSummary) });
