/**
 * The fields of a stored item that belong to the domain object, without keys, index attributes or
 * the item type: what every repository hands back.
 */
export function pick<T>(item: Record<string, unknown>, fields: readonly string[]): T {
  return Object.fromEntries(fields.filter((f) => item[f] !== undefined).map((f) => [f, item[f]])) as T;
}
