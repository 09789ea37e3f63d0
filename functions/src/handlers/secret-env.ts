/**
 * The environment variables that hand a function its secrets. Deployed functions get the ARNs of the
 * secrets their group uses (infra reads these names); a handler run outside AWS (the handler test, the
 * import-time benchmark) gets the values themselves and never loads the Secrets Manager client.
 */
export const SECRET_ENV = {
  session: { arn: 'SESSION_SECRET_ARN', value: 'SESSION_SECRET', previous: 'SESSION_SECRET_PREVIOUS' },
  seal: { arn: 'SEAL_SECRET_ARN', value: 'SEAL_SECRET' },
  code: { arn: 'CODE_SECRET_ARN', value: 'CODE_SECRET' },
  origin: { arn: 'ORIGIN_SECRET_ARN', value: 'ORIGIN_SECRET' },
} as const;

export type SecretName = keyof typeof SECRET_ENV;
