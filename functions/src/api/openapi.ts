import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

const ParamValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))]);

export const ErrorDetail = z
  .object({
    path: z.string().openapi({ description: 'The field, dot-separated (`settings.rubric.0.id`); empty for the whole request' }),
    code: z.string().openapi({
      description:
        'Stable and machine-readable: a zod issue code (too_small, too_big, invalid_type, invalid_format, invalid_value, unrecognized_keys…) or a rule of this API (window_order, not_enough_questions…); docs/ERRORS.md lists them',
      example: 'too_small',
    }),
    message: z.string().openapi({ description: 'English, for people and logs; may change, never parse it' }),
    params: z.record(z.string(), ParamValue).openapi({
      description: 'What the code needs to be put into words: minimum, maximum, format, expected, values, keys… or the rule’s own',
      example: { origin: 'string', minimum: 1, inclusive: true },
    }),
  })
  .openapi('ErrorDetail');

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(ErrorDetail),
  }),
});

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorResponse } } });

/** The error responses every route may give, so the OpenAPI document is honest about them. */
export const ERRORS = {
  400: errorResponse('Validation failed: one detail per bad field'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Signed in but not allowed, or the X-Requested-With header is missing'),
  404: errorResponse('Not found'),
  409: errorResponse('Conflict with the current state'),
  422: errorResponse('A rule of the domain was broken'),
  429: errorResponse('Too many attempts; see Retry-After'),
  503: errorResponse('Busy; see Retry-After'),
} as const;

export function jsonContent<T extends ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().min(8).max(100).optional().openapi({ description: 'Makes a retried create return the first result instead of creating twice' }),
});
