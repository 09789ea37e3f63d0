import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { namedFormat } from './named-format.js';

describe('namedFormat', () => {
  const Slug = namedFormat('slug', /^[a-z]+$/, 'lowercase letters', 5);

  it('refuses with its name as the format, and keeps its length limit', () => {
    expect(Slug.safeParse('Abc').error?.issues[0]).toMatchObject({ code: 'invalid_format', format: 'slug', message: 'lowercase letters' });
    expect(Slug.safeParse('abcdef').error?.issues[0]).toMatchObject({ code: 'too_big', maximum: 5 });
    expect(Slug.parse('abc')).toBe('abc');
  });

  it('shows its pattern in JSON Schema', () => {
    expect(z.toJSONSchema(Slug)).toMatchObject({ type: 'string', maxLength: 5, pattern: '^[a-z]+$' });
  });
});
