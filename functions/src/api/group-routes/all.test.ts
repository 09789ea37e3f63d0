import { describe, expect, it } from 'vitest';
import { buildApiDocument } from '../api-document.js';
import { ALL_GROUPS } from '../groups.js';
import { ALL_API_GROUPS, API_GROUPS } from './all.js';

const operationsOf = async (groups: Parameters<typeof buildApiDocument>[0]) =>
  Object.entries((await buildApiDocument(groups)).paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
  );

describe('function group route modules', () => {
  it('exist for every group of groups.ts, each under its own name', () => {
    expect(Object.keys(API_GROUPS).sort()).toEqual([...ALL_GROUPS].sort());
    for (const [name, group] of Object.entries(API_GROUPS)) expect(group.name).toBe(name);
  });

  it('each register operations of their own, none shared, and the document lists itself', async () => {
    const perGroup = await Promise.all(ALL_API_GROUPS.map((group) => operationsOf([group])));
    const all = await operationsOf(ALL_API_GROUPS);
    for (const operations of perGroup) expect(operations.length).toBeGreaterThan(1);
    // Every single-group document also carries GET /api/openapi.json (it documents itself).
    expect(perGroup.flat().filter((operation) => operation !== 'GET /api/openapi.json').length + 1).toBe(all.length);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('GET /api/openapi.json');
  });
});
