/** The question bank's search: the filters an editor sets and the query string the API reads. */
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

/** The API caps the text at 50 characters; empty filters are left out. */
export function questionsQuery(filters: QuestionFilters): string {
  const params = new URLSearchParams();
  if (filters.text.trim()) params.set('text', filters.text.trim().slice(0, 50));
  if (filters.band) params.set('band', filters.band);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.type) params.set('type', filters.type);
  if (filters.status) params.set('status', filters.status);
  return params.toString();
}
