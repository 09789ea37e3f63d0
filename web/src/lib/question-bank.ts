/** The question bank's search: the filters an editor sets and the query string the API reads. */
import type { ApiParams } from './api-contract';
import type { GradeBand, QuestionStatus, QuestionType, Topic } from './types';

export interface QuestionFilters {
  text: string;
  band: GradeBand | '';
  topic: Topic | '';
  type: QuestionType | '';
  status: QuestionStatus | '';
}

/** The bank opens on the questions in use. */
export const defaultFilters = (): QuestionFilters => ({ text: '', band: '', topic: '', type: '', status: 'active' });

/** The API's query for a search of the bank. */
export type QuestionsQuery = NonNullable<ApiParams<'get', '/api/questions'>['query']>;

/** The API caps the text at 50 characters; empty filters are left out. */
export function questionsQuery(filters: QuestionFilters): QuestionsQuery {
  const query: QuestionsQuery = {};
  if (filters.text.trim()) query.text = filters.text.trim().slice(0, 50);
  if (filters.band) query.band = filters.band;
  if (filters.topic) query.topic = filters.topic;
  if (filters.type) query.type = filters.type;
  if (filters.status) query.status = filters.status;
  return query;
}
