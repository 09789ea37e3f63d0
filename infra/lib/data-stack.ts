import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { AttributeType, BillingMode, type ITable, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { TABLE } from '../../functions/src/store/table.js';
import { PhotoBucket } from './photo-bucket.js';
import { addSecrets, type DeploymentSecrets } from './secrets.js';
import { backupEnabled, restoredTableName } from './settings.js';

export interface DataStackProps extends StackProps {
  /** The site's domain (`-c domainName`), which the photo bucket's CORS allows. */
  domainName?: string;
}

/**
 * The stateful part: the one DynamoDB table (DESIGN §5), the photo bucket (photo-bucket.ts) and the
 * stage's secrets (secrets.ts). All are retained when the stack is deleted; losing any would lose data
 * or what a key protects.
 */
export class DataStack extends Stack {
  readonly table: Table;
  /**
   * The table the stage serves: `table`, or after a point-in-time restore the restored table named by
   * `-c tableName=…` (docs/OPERATIONS.md, "Restoring the table"). The original stays, retained.
   */
  readonly servingTable: ITable;
  /** Session, seal, code and origin-verify keys; the API functions each read only their own (secrets.ts). */
  readonly secrets: DeploymentSecrets;
  /** The x-origin-verify header value: CloudFront sends it on /api/*, the API functions require it. */
  readonly originSecret: ISecret;
  /** The Lambda Secrets Manager invokes to rotate the session secret. */
  readonly sessionRotation: NodejsFunction;
  /** The table's AWS Backup plan, unless turned off with `-c backup=false`. */
  readonly backupPlan?: BackupPlan;
  /** Activity photos; browsers reach it on presigned URLs the learning group hands out. */
  readonly photos: PhotoBucket;

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);

    // Built from the same TABLE definition the code queries and the local runner creates, so the keys
    // and indexes deployed are the ones in use.
    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: TABLE.ttlAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: index.projection === 'KEYS_ONLY' ? ProjectionType.KEYS_ONLY : ProjectionType.ALL,
      });
    }
    const restored = restoredTableName(this);
    this.servingTable = restored ? Table.fromTableName(this, 'RestoredTable', restored) : this.table;
    new CfnOutput(this, 'TableName', {
      value: this.servingTable.tableName,
      description: 'The DynamoDB table the stage serves (TABLE_NAME for npm run bootstrap and npm run recount -- --aws)',
    });
    if (backupEnabled(this)) this.backupPlan = this.tableBackupPlan();

    this.photos = new PhotoBucket(this, 'Photos', { domainName: props.domainName });

    const { secrets, rotation } = addSecrets(this);
    this.secrets = secrets;
    this.originSecret = secrets.origin;
    this.sessionRotation = rotation;
  }

  /**
   * Daily AWS Backup copies of the table, kept 35 days, in a vault of their own: point-in-time
   * recovery covers the last 35 days to the second but lives and dies with the table's PITR setting;
   * these are separate recovery points (docs/OPERATIONS.md, "Backups and restore").
   */
  private tableBackupPlan(): BackupPlan {
    const vault = new BackupVault(this, 'BackupVault', { removalPolicy: RemovalPolicy.RETAIN });
    const plan = new BackupPlan(this, 'TableBackupPlan', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily35Days',
          // 18:00 UTC is 02:00 China Standard Time, the quietest hour for schools.
          scheduleExpression: Schedule.cron({ minute: '0', hour: '18' }),
          deleteAfter: Duration.days(35),
        }),
      ],
    });
    const selection = plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(this.servingTable)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'The role AWS Backup assumes to back up the table uses the AWS-maintained backup service policy, which follows what each service needs to take a backup.',
    });
    new CfnOutput(this, 'BackupVaultName', { value: vault.backupVaultName, description: 'AWS Backup vault with the daily table backups (35 days)' });
    return plan;
  }
}
