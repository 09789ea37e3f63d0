import type { z } from 'zod';

/**
 * A stored item that does not have its entity's shape: written by hand, by an older release, or cut
 * short. Reading it is a fault on our side (500, logged with the request), never a half-filled object
 * handed on to a rule that trusts its type. The message names the fields, not their values: items
 * hold children's names.
 */
export class CorruptItemError extends Error {
  constructor(
    readonly entity: string,
    readonly problems: string[],
  ) {
    super(`A stored ${entity} does not have the shape of one: ${problems.join('; ')}`);
    this.name = 'CorruptItemError';
  }
}

/**
 * The one way an entity leaves the store: parsed by its schema, which keeps the entity's own fields
 * and drops the keys, index attributes and item type around them (object schemas strip what they do
 * not name).
 */
export function decoder<S extends z.ZodType>(entity: string, schema: S): (item: Record<string, unknown>) => z.output<S> {
  return (item) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data;
    throw new CorruptItemError(
      entity,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.code}`),
    );
  };
}
