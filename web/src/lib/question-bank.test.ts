import { describe, expect, it } from 'vitest';
import { defaultFilters, questionsQuery } from './question-bank';

describe('questionsQuery', () => {
  it('asks for active questions by default', () => {
    expect(questionsQuery(defaultFilters())).toBe('status=active');
  });

  it('trims and caps the text and leaves empty filters out', () => {
    const query = questionsQuery({ text: `  ${'毒'.repeat(60)}  `, band: 'junior', topic: '', type: 'single', status: '' });
    const params = new URLSearchParams(query);
    expect(params.get('text')).toBe('毒'.repeat(50));
    expect(params.get('band')).toBe('junior');
    expect(params.get('type')).toBe('single');
    expect(params.has('topic')).toBe(false);
    expect(params.has('status')).toBe(false);
  });
});
