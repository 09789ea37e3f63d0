import { describe, expect, it } from 'vitest';
import { AWARD_LEVELS as API_AWARD_LEVELS, CONTEST_TYPES as API_CONTEST_TYPES, STAGE_LEVELS as API_STAGE_LEVELS } from '$domain/contests/kinds';
import { TOPICS as API_TOPICS } from '$domain/modules/topics';
import { QUESTION_TYPES as API_QUESTION_TYPES } from '$domain/questions/options';
import { QUIZ_KINDS as API_QUIZ_KINDS, REVIEW_POLICIES as API_REVIEW_POLICIES } from '$domain/quizzes/kinds';
import { AWARD_LEVELS, CONTEST_TYPES, QUESTION_TYPES, QUIZ_KINDS, REVIEW_POLICIES, STAGE_LEVELS, TOPICS } from './types';

describe('the API’s lists of values', () => {
  it('are the domain’s own lists, not copies', () => {
    expect(TOPICS).toBe(API_TOPICS);
    expect(QUESTION_TYPES).toBe(API_QUESTION_TYPES);
    expect(QUIZ_KINDS).toBe(API_QUIZ_KINDS);
    expect(REVIEW_POLICIES).toBe(API_REVIEW_POLICIES);
    expect(CONTEST_TYPES).toBe(API_CONTEST_TYPES);
    expect(STAGE_LEVELS).toBe(API_STAGE_LEVELS);
    expect(AWARD_LEVELS).toBe(API_AWARD_LEVELS);
  });

  it('keep the order the pickers show', () => {
    expect(TOPICS[0]).toBe('drug_basics');
    expect(STAGE_LEVELS).toEqual(['school', 'county', 'city', 'region']);
  });
});
