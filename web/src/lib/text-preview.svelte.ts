/**
 * The editor's preview shows a section as learners will receive it, with the server's own renderer
 * ($domain/modules/text-html, which brings marked). Loaded on demand by the editor, so no other page
 * downloads it; until it has arrived the preview waits.
 */
import type { PlayedSection, Section } from '$lib/types';

export const textPreview = $state<{ render: ((section: Section) => PlayedSection) | null }>({ render: null });
let loading: Promise<void> | null = null;

export function loadTextPreview(): Promise<void> {
  loading ??= import('$domain/modules/text-html')
    .then((module) => {
      textPreview.render = module.playedSection;
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}
