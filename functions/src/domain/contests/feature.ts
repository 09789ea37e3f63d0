import type { ModuleContent } from '../modules/content.js';
import type { Submission } from './schemas.js';

/** A module's text section holds at most 8,000 characters: a long plan becomes several, split between paragraphs. */
const SECTION_CHARACTERS = 7000;

function chunks(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  const paragraphs = text
    .split(/\n{2,}/)
    .flatMap((p) =>
      Array.from({ length: Math.ceil(p.length / SECTION_CHARACTERS) || 1 }, (_, i) => p.slice(i * SECTION_CHARACTERS, (i + 1) * SECTION_CHARACTERS)),
    );
  for (const paragraph of paragraphs) {
    if (current && current.length + paragraph.length + 2 > SECTION_CHARACTERS) {
      parts.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current.trim()) parts.push(current);
  return parts.length ? parts : ['—'];
}

/**
 * A winning lesson plan as a module draft for an editor to finish: the plan in both languages' slots
 * (the editor translates before publishing), credited to its author and contest in the teacher note.
 */
export function lessonModule(
  submission: Submission,
  credit: { author: string; school: { zh: string; en: string }; contest: { zh: string; en: string } },
): ModuleContent {
  const both = (text: string) => ({ zh: text, en: text });
  return {
    title: both(submission.title),
    summary: { zh: `${credit.contest.zh}获奖课例`, en: `Award-winning lesson of ${credit.contest.en}` },
    gradeBands: [submission.band ?? 'junior'],
    topics: ['refusal_skills'],
    estimatedMinutes: 40,
    sections: chunks(submission.text).map((body, i) => ({ id: `plan-${i + 1}`, kind: 'text' as const, title: both(submission.title), body: both(body) })),
    teacherNote: {
      aims: {
        zh: `由${credit.school.zh}${credit.author}老师的获奖课例整理，发布前请核对事实并完成英文翻译。`,
        en: `From the award-winning lesson by ${credit.author} (${credit.school.en}). Check the facts and complete the Chinese and English texts before publishing.`,
      },
      sources: { zh: `${credit.contest.zh}`, en: `${credit.contest.en}` },
    },
  };
}
