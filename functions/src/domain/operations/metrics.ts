/**
 * The names of the metrics the functions emit (CloudWatch embedded metric format) and the alarms and
 * dashboard in infra read. One definition, so an alarm cannot watch a metric nobody writes.
 */
export const METRIC_NAMESPACE = 'ClearCampus';

/** Every metric carries one dimension, `service`: the function group (identity, quizzes, …) or the job name. */
export const METRIC_DIMENSION = 'service';

export const METRICS = {
  requests: 'Requests',
  clientErrors: 'ClientErrors',
  serverErrors: 'ServerErrors',
  answerSaves: 'AnswerSaves',
  submissions: 'Submissions',
  signInThrottled: 'SignInThrottled',
  jobSucceeded: 'JobSucceeded',
  jobFailed: 'JobFailed',
  counterDifferences: 'CounterDifferences',
} as const;

export type MetricName = (typeof METRICS)[keyof typeof METRICS];
