import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { rule } from '../../domain/errors.js';
import { zodDetails } from './errors.js';

const details = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a refusal');
  return zodDetails(result.error);
};

describe('zodDetails', () => {
  it('codes each issue by zod’s code, with its bounds, format and choices as params', () => {
    const schema = z.strictObject({
      name: z.string().min(1),
      count: z.number().int().max(5),
      id: z.stringFormat('section_id', /^[a-z]+$/, 'lowercase'),
      kind: z.enum(['a', 'b']),
      big: z.bigint().max(3n),
    });
    expect(details(schema, { name: '', count: 9, id: 'X', kind: 'c', big: 9n, extra: 1 })).toEqual([
      { path: 'name', code: 'too_small', message: expect.any(String), params: { origin: 'string', minimum: 1, inclusive: true } },
      { path: 'count', code: 'too_big', message: expect.any(String), params: { origin: 'number', maximum: 5, inclusive: true } },
      { path: 'id', code: 'invalid_format', message: 'lowercase', params: { format: 'section_id' } },
      { path: 'kind', code: 'invalid_value', message: expect.any(String), params: { values: ['a', 'b'] } },
      { path: 'big', code: 'too_big', message: expect.any(String), params: { origin: 'bigint', maximum: 3, inclusive: true } },
      { path: 'extra', code: 'unrecognized_keys', message: expect.any(String), params: { keys: ['extra'] } },
    ]);
  });

  it('says what type was expected, an int included', () => {
    expect(details(z.object({ n: z.number().int() }), { n: 1.5 })[0]).toMatchObject({ code: 'invalid_type', params: { expected: 'int' } });
  });

  it('gives a refinement the code it names, and its other params', () => {
    const schema = z.object({ a: z.number(), b: z.number() }).refine((v) => v.a <= v.b, { ...rule('range_order', 'a ≤ b', { maximum: 3 }), path: ['b'] });
    expect(details(schema, { a: 2, b: 1 })).toEqual([{ path: 'b', code: 'range_order', message: 'a ≤ b', params: { maximum: 3 } }]);
  });

  it('codes a refinement without a code as custom', () => {
    expect(
      details(
        z.string().refine(() => false, 'no'),
        'x',
      ),
    ).toEqual([{ path: '', code: 'custom', message: 'no', params: {} }]);
  });
});
