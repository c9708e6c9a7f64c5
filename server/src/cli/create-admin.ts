/**
 * `npm run create-admin -- --province 08 --username ban-dan-toc [--display-name "Ban Dân tộc tỉnh"]`:
 * the first province administrator of a production database (docs/DEPLOY.md, "Going live"). The password
 * comes from ADMIN_PASSWORD or, when that is unset, from a terminal prompt that does not echo; it is never
 * printed or logged. Exit codes: 0 created, 1 the database failed, 2 refused (weak password, missing
 * province, taken username, bad arguments).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { adminPasswordOf, loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import { inTransaction } from '../db/transactions';
import { hashPassword } from '../auth/passwords';
import { Role, User } from '../domain/accounts/user.entity';
import { USERNAME_PATTERN } from '../modules/accounts/user.inputs';
import { normalizeUsername } from '../shared/username';
import { Province } from '../domain/geography/province.entity';
import { AuditEntry } from '../domain/audit/audit-entry.entity';
import { snapshot } from '../domain/audit/audit-trail';
import { adminPasswordWeakness } from './password-strength';
import { promptHidden } from './hidden-prompt';
import { exitOnFailure } from './exit-on-failure';

/** A refusal the operator can act on: printed as one line, exit code 2. */
class Refusal extends Error {}

const ACTOR_LABEL = 'create-admin (command line)';

/** ADMIN_PASSWORD is this one command's input, not a setting of the server: config.ts reads it, Config never keeps it. */
async function readPassword(): Promise<string> {
  const fromEnv = adminPasswordOf();
  if (fromEnv !== null) return fromEnv;
  if (!process.stdin.isTTY) throw new Refusal('set ADMIN_PASSWORD, or run the command in a terminal to be asked for the password');
  const first = await promptHidden('Password for the new administrator: ');
  const again = await promptHidden('The same password again: ');
  if (first !== again) throw new Refusal('the two passwords differ');
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { province: { type: 'string' }, username: { type: 'string' }, 'display-name': { type: 'string' } },
    strict: true,
  });
  const provinceCode = values.province?.trim();
  // Stored as sign-in will look it up (shared/username.ts): "Ban-Dan-Toc " becomes ban-dan-toc.
  const username = values.username === undefined ? undefined : normalizeUsername(values.username);
  if (!provinceCode || !username) throw new Refusal('usage: npm run create-admin -- --province 08 --username NAME [--display-name "…"]');
  if (!USERNAME_PATTERN.test(username)) throw new Refusal('the username must be 3–64 characters of a–z, 0–9, ".", "-" or "_"');
  const password = await readPassword();
  const weakness = adminPasswordWeakness(password, username);
  if (weakness) throw new Refusal(`refused: ${weakness}`);

  const config = loadConfig();
  const db = await openDatabase(config.database);
  try {
    const province = await db.getRepository(Province).findOneBy({ code: provinceCode });
    if (!province) throw new Refusal(`province ${provinceCode} is not in the database: load the reference data first (npm run seed -- --reference-only)`);
    const passwordHash = await hashPassword(password);
    const admin = await inTransaction(db, async (tx) => {
      if (await tx.getRepository(User).existsBy({ username })) throw new Refusal(`the username ${username} is taken`);
      const user = await tx.getRepository(User).save(
        tx.create(User, {
          username,
          displayName: values['display-name']?.trim() || null,
          passwordHash,
          role: Role.PROVINCE_ADMIN,
          provinceId: province.id,
          districtId: null,
          demo: false,
        }),
      );
      // The trail has no signed-in actor for this write: it names the command instead (the hash is masked).
      await tx.getRepository(AuditEntry).save(
        tx.create(AuditEntry, {
          at: new Date(),
          actorUserId: null,
          actorApiKeyId: null,
          actorLabel: ACTOR_LABEL,
          provinceId: province.id,
          districtId: null,
          entity: 'User',
          entityId: user.id,
          action: 'CREATE',
          before: null,
          after: snapshot(user),
        }),
      );
      return user;
    });
    console.log(`created province administrator "${admin.username}" (id ${admin.id}) for ${province.name} (${province.code})`);
  } finally {
    await db.destroy();
  }
}

// The password is never part of an error: it only reaches hashPassword, whose failures carry no input.
main().catch(exitOnFailure('create-admin', Refusal));
