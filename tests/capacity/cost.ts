import type { SessionCost } from './flow.js';

/**
 * List prices, USD, AWS us-east-1, on-demand, as published on the AWS pricing pages (December 2026):
 * the China regions are priced in CNY by their operators (Sinnet, NWCD) and differ; rerun with theirs.
 */
export const PRICES = {
  dynamoWritePerMillion: 0.625,
  dynamoReadPerMillion: 0.125,
  dynamoStorageGbMonth: 0.25,
  pitrGbMonth: 0.2,
  lambdaRequestPerMillion: 0.2,
  lambdaArmGbSecond: 0.0000133334,
  httpApiPerMillion: 1.0,
  cloudFrontGb: 0.085,
  cloudFrontHttpsPer10k: 0.01,
  logsIngestGb: 0.5,
  logsStorageGbMonth: 0.03,
} as const;

/**
 * What a student does in a year, for the cost: planning assumptions, stated in docs/CAPACITY.md.
 * Sessions are counted as competition sessions (the measured one); module sessions cost about the same
 * in requests and less in writes, so this errs high.
 */
export const YEAR = {
  sessions: 8,
  /** Static bytes per session from CloudFront (cold cache each time: errs high). */
  staticBytesPerSession: 600_000,
  staticRequestsPerSession: 25,
  /** Mean Lambda duration per request at 1,769 MB (bench: most requests 10–30 ms; sign-in ~200 ms). */
  lambdaSecondsPerRequest: 0.05,
  lambdaGb: 1.769,
  /** Log bytes per API request: one JSON line plus its EMF metrics. */
  logBytesPerRequest: 1_200,
  /** Retention of a student's records (docs/SECURITY.md) and of logs. */
  recordYears: 2,
  logMonths: 6,
} as const;

export interface CostLine {
  service: string;
  basis: string;
  usd: number;
}

export function costPerThousandStudentYears(session: SessionCost, units: { write: number; read: number }): CostLine[] {
  const students = 1_000;
  const sessions = students * YEAR.sessions;
  const requests = sessions * session.requests;
  const gb = (bytes: number) => bytes / 2 ** 30;
  const storedGb = gb(students * YEAR.sessions * session.storedBytes);
  const logGb = gb(requests * YEAR.logBytesPerRequest);
  return [
    {
      service: 'DynamoDB requests',
      basis: `${YEAR.sessions} sessions × ${Math.round(units.write)} WRU + ${Math.round(units.read)} RRU`,
      usd: ((sessions * units.write) / 1e6) * PRICES.dynamoWritePerMillion + ((sessions * units.read) / 1e6) * PRICES.dynamoReadPerMillion,
    },
    {
      service: 'DynamoDB storage + PITR',
      basis: `${(storedGb * 1024).toFixed(1)} MB kept ${YEAR.recordYears} years (indexes included roughly)`,
      usd: storedGb * 12 * YEAR.recordYears * (PRICES.dynamoStorageGbMonth + PRICES.pitrGbMonth),
    },
    {
      service: 'Lambda',
      basis: `${requests.toLocaleString('en')} requests × ${YEAR.lambdaSecondsPerRequest * 1000} ms × ${YEAR.lambdaGb} GB (arm64)`,
      usd: (requests / 1e6) * PRICES.lambdaRequestPerMillion + requests * YEAR.lambdaSecondsPerRequest * YEAR.lambdaGb * PRICES.lambdaArmGbSecond,
    },
    { service: 'API Gateway (HTTP API)', basis: `${requests.toLocaleString('en')} requests`, usd: (requests / 1e6) * PRICES.httpApiPerMillion },
    {
      service: 'CloudFront',
      basis: `${YEAR.staticBytesPerSession / 1000} KB and ${YEAR.staticRequestsPerSession} requests of static files per session, plus the API requests`,
      usd:
        gb(sessions * YEAR.staticBytesPerSession) * PRICES.cloudFrontGb +
        ((sessions * YEAR.staticRequestsPerSession + requests) / 1e4) * PRICES.cloudFrontHttpsPer10k,
    },
    {
      service: 'CloudWatch Logs',
      basis: `${YEAR.logBytesPerRequest} B per request, kept ${YEAR.logMonths} months`,
      usd: logGb * (PRICES.logsIngestGb + PRICES.logsStorageGbMonth * YEAR.logMonths),
    },
  ];
}
