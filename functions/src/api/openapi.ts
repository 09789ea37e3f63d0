import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
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
  'idempotency-key': z
    .string()
    .min(8)
    .max(100)
    .optional()
    .openapi({ description: 'Makes a retried create return the first result instead of creating twice' }),
});
