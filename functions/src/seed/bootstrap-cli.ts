import { generatePassword, hashPassword } from '../domain/accounts/passwords.js';
import { Role } from '../domain/accounts/roles.js';
import { Username } from '../domain/accounts/schemas.js';
import { newId } from '../domain/ids.js';
import { createAccount } from '../store/accounts.js';
import { connect } from '../store/client.js';
import { ensureTable } from '../store/create-table.js';
import { getUnit } from '../store/org.js';
import { seedModules, seedQuestions } from './content.js';
import { hierarchyUnits, ningxiaUnits, putUnits, readHierarchyFile } from './hierarchy.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * Operator bootstrap for a real deployment (never demo data):
 *   npm run bootstrap -- hierarchy [region.json]   (the built-in Ningxia hierarchy, or a region's from a file)
 *   npm run bootstrap -- content          (the built-in course modules, published, and the question bank)
 *   npm run bootstrap -- account <username> <role> <orgId> <display name>
 * Uses TABLE_NAME, and DYNAMODB_ENDPOINT when set (otherwise AWS with the environment's credentials).
 */
const [command, ...args] = process.argv.slice(2);
const tableName = process.env.TABLE_NAME;
if (!tableName) {
  console.error('Set TABLE_NAME (the deployed table: see the DataStack output TableName).');
  process.exit(2);
}
const db = connect({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT });

if (command === 'hierarchy') {
  if (process.env.DYNAMODB_ENDPOINT) await ensureTable(db);
  const file = args[0];
  const units = file ? hierarchyUnits(await readHierarchyFile(file)) : ningxiaUnits();
  await putUnits(db, units);
  console.log(`bootstrap: ${units.length} units of the ${units[0]!.name.zh} (${units[0]!.id}) hierarchy written`);
} else if (command === 'content') {
  const modules = await seedModules(db, new Date().toISOString(), 'bootstrap');
  const questions = await seedQuestions(db, new Date().toISOString());
  console.log(
    `bootstrap: course modules ${modules.added} added, ${modules.updated} brought to this release; bank questions ${questions.added} added, ${questions.updated} brought to this release`,
  );
  const kept = [...modules.keptEdited, ...questions.keptEdited];
  if (kept.length) console.log(`bootstrap: changed by editors, so left as they are (compare with this release by hand): ${kept.join(', ')}`);
} else if (command === 'account' && args.length >= 4) {
  const [username, role, orgId, ...name] = args;
  const unit = await getUnit(db, orgId!);
  if (!unit) throw new Error(`No unit ${orgId}; run "bootstrap hierarchy" first`);
  const password = generatePassword();
  await createAccount(db, {
    id: newId('u'),
    username: Username.parse(username),
    role: Role.parse(role),
    displayName: name.join(' '),
    orgId: unit.id,
    orgPath: unit.path,
    mustChangePassword: true,
    passwordHash: await hashPassword(password, 'generated'),
    createdAt: new Date().toISOString(),
  });
  console.log(`bootstrap: ${username} (${role} of ${unit.name.zh}) created; one-time password, shown once: ${password}`);
} else {
  console.error('usage: npm run bootstrap -- hierarchy [region.json] | content | account <username> <role> <orgId> <display name>');
  process.exit(2);
}
