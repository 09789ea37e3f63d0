import { describe, expect, it } from 'vitest';
import { groupByTag, resolveRefs, type OpenApiDoc } from './openapi';

const doc: OpenApiDoc = {
  components: { schemas: { Unit: { type: 'object', properties: { parent: { $ref: '#/components/schemas/Unit' }, id: { type: 'string' } } } } },
  paths: {
    '/api/health': { get: { tags: ['operations'], summary: 'Liveness' } },
    '/api/units/{unitId}': {
      get: { tags: ['org'], summary: 'A unit', responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Unit' } } } } } },
    },
    '/api/units/{unitId}/schools': { post: { tags: ['org'], summary: 'Register' }, parameters: [] },
    '/api/x': { put: { summary: 'No tag' } },
  },
};

describe('groupByTag', () => {
  it('groups operations by their first tag in document order, ignoring non-method keys', () => {
    const groups = groupByTag(doc);
    expect(groups.map((g) => g.tag)).toEqual(['operations', 'org', '']);
    expect(groups[1]!.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['get /api/units/{unitId}', 'post /api/units/{unitId}/schools']);
  });
});

describe('resolveRefs', () => {
  it('inlines local refs and stops at cycles', () => {
    const resolved = resolveRefs({ $ref: '#/components/schemas/Unit' }, doc) as Record<string, any>;
    expect(resolved.type).toBe('object');
    expect(resolved.properties.id).toEqual({ type: 'string' });
    expect(resolved.properties.parent).toEqual({ $ref: '#/components/schemas/Unit' });
    expect(resolveRefs({ $ref: '#/components/schemas/Missing' }, doc)).toEqual({ $ref: '#/components/schemas/Missing' });
  });
});
