import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { EdgeSettings } from './edge-settings.js';

/** Sign-in, password change and sign-out: where guessing and floods aim. */
export const AUTH_PATH_PREFIX = '/api/auth/';

export interface WafStackProps extends StackProps {
  settings: Pick<EdgeSettings, 'authRateLimit' | 'managedRules'>;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

/**
 * The CLOUDFRONT-scope web ACL. AWS requires such ACLs to be created in us-east-1, so this stack is
 * pinned there while the other stacks stay region-agnostic; its WebAclArn output is handed to the web
 * stack with `-c webAclArn=…` (docs/OPERATIONS.md "Domains and TLS" explains why not a cross-region
 * reference).
 *
 * Rules, in order:
 * 1. AuthRateLimit (block): more than `authRateLimit` requests in 5 minutes from one address to
 *    /api/auth/*. WAF sees CloudFront's viewer address, so this is per real client.
 * 2. AWSManagedRulesKnownBadInputsRuleSet (block): exploit patterns (Log4j, Java deserialization…)
 *    with a negligible false-positive rate for this API.
 * 3. AWSManagedRulesCommonRuleSet (count by default): its body rules (8 KB size limit, XSS and RFI
 *    patterns) would block roster CSV uploads and essays mid-competition; it counts until its matches
 *    have been reviewed (`-c wafManagedRules=block` then).
 */
export class WafStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);
    const { authRateLimit, managedRules } = props.settings;

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: 'ClearCampus edge - rate limit on /api/auth/ and AWS managed rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('ClearCampusWebAcl'),
      rules: [
        {
          name: 'AuthRateLimit',
          priority: 0,
          action: { block: {} },
          visibilityConfig: visibility('AuthRateLimit'),
          statement: {
            rateBasedStatement: {
              limit: authRateLimit,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                byteMatchStatement: {
                  fieldToMatch: { uriPath: {} },
                  positionalConstraint: 'STARTS_WITH',
                  searchString: AUTH_PATH_PREFIX,
                  textTransformations: [{ priority: 0, type: 'NONE' }],
                },
              },
            },
          },
        },
        managedRuleGroup('AWSManagedRulesKnownBadInputsRuleSet', 1, 'block'),
        managedRuleGroup('AWSManagedRulesCommonRuleSet', 2, managedRules),
      ],
    });

    new CfnOutput(this, 'WebAclArn', {
      description: 'Pass to the web stack: -c webAclArn=<this>',
      value: this.webAcl.attrArn,
    });
  }
}

function managedRuleGroup(name: string, priority: number, mode: 'count' | 'block'): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    // A rule group's own actions apply unless overridden to count.
    overrideAction: mode === 'count' ? { count: {} } : { none: {} },
    visibilityConfig: visibility(name),
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  };
}
