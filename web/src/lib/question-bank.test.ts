import { describe, expect, it } from 'vitest';
import { defaultFilters, questionsQuery } from './question-bank';

describe('questionsQuery', () => {
  it('asks for active questions by default', () => {
    expect(questionsQuery(defaultFilters())).toEqual({ status: 'active' });
  });

  it('trims and caps the text and leaves empty filters out', () => {
    const query = questionsQuery({ text: `  ${'毒'.repeat(60)}  `, band: 'junior', topic: '', type: 'single', status: '' });
    expect(query).toEqual({ text: '毒'.repeat(50), band: 'junior', type: 'single' });
  });
});
