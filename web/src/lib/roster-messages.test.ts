import { describe, expect, it } from 'vitest';
import { explainRosterProblem } from './roster-messages';

describe('roster messages', () => {
  it('maps the API’s row errors to dictionary keys by code', () => {
    expect(explainRosterProblem({ code: 'name_empty', params: {}, message: 'Name is empty' })).toEqual({ key: 'roster.err.nameEmpty', params: {} });
    expect(explainRosterProblem({ code: 'number_duplicate', params: { line: 4 }, message: 'x' })).toEqual({
      key: 'roster.err.numberDuplicate',
      params: { line: 4 },
    });
    expect(explainRosterProblem({ code: 'name_too_long', params: { maximum: 32 }, message: 'x' })).toEqual({
      key: 'roster.err.nameTooLong',
      params: { max: 32 },
    });
    expect(explainRosterProblem({ code: 'unclean_text', params: {}, message: 'x' })).toEqual({ key: 'roster.err.nameUnclean', params: {} });
  });

  it('maps file errors', () => {
    expect(explainRosterProblem({ code: 'too_many_rows', params: { maximum: 1000, count: 1001 }, message: 'x' })).toEqual({
      key: 'roster.fileErr.tooMany',
      params: { max: 1000, count: 1001 },
    });
    expect(explainRosterProblem({ code: 'header_missing', params: {}, message: 'x' })).toMatchObject({ key: 'roster.fileErr.header' });
  });

  it('shows the English of a code it does not know, whatever its words', () => {
    expect(explainRosterProblem({ code: 'something_new', params: {}, message: 'Name is empty' })).toEqual({ text: 'Name is empty' });
    expect(explainRosterProblem({ code: 'toString', params: {}, message: 'odd' })).toEqual({ text: 'odd' });
  });
});
