import { z } from 'zod';

/**
 * A string pattern with a name: a refusal says which rule it broke (`params.format`, docs/ERRORS.md)
 * rather than only a pattern, and the pattern stays in the OpenAPI document (its generator does not
 * read custom formats, hence the meta).
 */
export function namedFormat(name: string, pattern: RegExp, message: string, max?: number) {
  const format = z.stringFormat(name, pattern, message);
  return (max === undefined ? format : format.max(max)).meta({ pattern: pattern.source });
}
