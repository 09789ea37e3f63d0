import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, describe, expect, it } from 'vitest';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}

/** The AWS Solutions pack, recording which templates it was given (a clean run reports nothing). */
class ObservedAwsSolutionsChecks extends AwsSolutionsChecks {
  readonly validated: string[] = [];
  override validate(context: Parameters<AwsSolutionsChecks['validate']>[0]) {
    this.validated.push(...context.templatePaths.map((path) => basename(path)));
    return super.validate(context);
  }
}

/**
 * Runs cdk-nag's AWS Solutions pack over an app. Findings that are acknowledged
 * (Validations.of(construct).acknowledge, next to the construct) are left out of the report; what
 * remains is listed as "<rule> <construct path>".
 */
function nag(app: App) {
  const plugin = new ObservedAwsSolutionsChecks(app);
  Validations.of(app).addPlugins(plugin);
  let synthError: unknown = null;
  try {
    app.synth();
  } catch (error) {
    // Synthesis stops when a plugin reports a violation; the report is written first.
    synthError = error;
  }
  const reportFile = join(app.outdir, 'validation-report.json');
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as { pluginReports: { pluginName: string; violations: Violation[] }[] })
    : { pluginReports: [] };
  const findings = (severity: string) =>
    report.pluginReports
      .flatMap((plugin) => plugin.violations)
      .filter((v) => v.severity === severity)
      .flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} ${c.constructPath}`))
      .sort();
  return {
    synthError,
    report,
    validated: plugin.validated,
    errors: findings('error'),
    warnings: findings('warning'),
    cleanup: () => rmSync(app.outdir, { recursive: true, force: true }),
  };
}

/** The whole app as bin/app.ts builds it (without bundling the functions), checked by nag. */
function nagClearCampus(context: Record<string, unknown> = {}) {
  const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const stacks = addClearCampusStacks(app, { stage: 'test' });
  return { app, stacks, ...nag(app) };
}

/** Every acknowledgement in the construct tree: rule id, reason and where. */
function acknowledgements(root: IConstruct): { id: string; reason: string; path: string }[] {
  return root.node
    .findAll()
    .flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ id, reason, path: construct.node.path }))),
    );
}

const checked = nagClearCampus();
afterAll(() => checked.cleanup());

describe('cdk-nag AWS Solutions checks on every stack', () => {
  it('ran over every stack of the app (the check is not vacuous)', () => {
    const stacks = checked.app.node.children.filter((child): child is Stack => Stack.isStack(child));
    expect(stacks.map((s) => s.stackName)).toEqual(expect.arrayContaining(['clearcampus-test-data', 'clearcampus-test-api', 'clearcampus-test-web']));
    expect([...checked.validated].sort()).toEqual(stacks.map((s) => s.templateFile).sort());
  });

  it('reports no unacknowledged error', () => {
    expect(checked.errors).toEqual([]);
    expect(checked.synthError).toBeNull();
  });

  it('reports no unacknowledged warning in the data and API stacks', () => {
    expect(checked.warnings.filter((w) => !w.includes(' clearcampus-test-web/'))).toEqual([]);
  });

  it('gives every acknowledgement a reason of its own', () => {
    const acks = acknowledgements(checked.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/AwsSolutions-[A-Z]+\d+/);
      // A sentence about this project, not "suppressed" or "not needed".
      expect(ack.reason.length, `${ack.id} at ${ack.path}: ${ack.reason}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('finds what it should: an unencrypted queue that accepts plain HTTP is reported', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-nag-')) });
    new Queue(new Stack(app, 'Probe'), 'Queue', { encryption: QueueEncryption.UNENCRYPTED });
    const probe = nag(app);
    try {
      expect(probe.errors).toEqual(expect.arrayContaining(['AwsSolutions-SQS3 Probe/Queue/Resource', 'AwsSolutions-SQS4 Probe/Queue/Resource']));
      expect(probe.synthError).not.toBeNull();
    } finally {
      probe.cleanup();
    }
  });
});

describe('cdk-nag with the table backup turned off', () => {
  it('still reports no unacknowledged error in the data stack (the plan is documented as optional)', () => {
    const off = nagClearCampus({ backup: 'false' });
    try {
      expect(off.errors.filter((e) => e.includes(' clearcampus-test-data/'))).toEqual([]);
    } finally {
      off.cleanup();
    }
  });
});
