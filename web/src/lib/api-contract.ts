/**
 * The API's operations as types, read from the generated OpenAPI types (api-schema.d.ts): a caller
 * names a path template and a method and gets the parameters, body and answer the server declares,
 * so no page states an answer's shape by hand. Types only: nothing here reaches the bundle.
 */
import type { paths } from './api-schema';

export type Method = 'get' | 'post' | 'put' | 'delete';

/** The operation of a path and method, or never when the API has none. */
export type Operation<M extends Method, P> = P extends keyof paths ? (paths[P] extends { [K in M]: infer O } ? O : never) : never;

/** The path templates that take a method, e.g. '/api/units/{unitId}' for 'get'. */
export type PathOf<M extends Method> = { [P in keyof paths]: Operation<M, P> extends never ? never : P }[keyof paths];

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : null;

/** What a successful answer holds (null for one without a JSON body, e.g. a 204). */
export type ApiResponse<M extends Method, P extends PathOf<M>> =
  Operation<M, P> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: JsonOf<R[S]> }[keyof R & SuccessStatus] : never;

type ParametersOf<O> = O extends { parameters: infer X } ? X : never;
type PathParams<O> = ParametersOf<O> extends { path: infer X } ? { path: X } : { path?: never };
type QueryParams<O> =
  ParametersOf<O> extends { query: infer X }
    ? { query: X }
    : ParametersOf<O> extends { query?: infer X }
      ? { query?: Exclude<X, undefined> }
      : { query?: never };
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: never };

/** What a call names besides the path: path parameters, query, JSON body, as the operation declares them. */
export type ApiParams<M extends Method, P extends PathOf<M>> = PathParams<Operation<M, P>> & QueryParams<Operation<M, P>> & Body<Operation<M, P>>;
