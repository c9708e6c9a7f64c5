import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, the same on both engines: every stored username in the one spelling sign-in looks up
 * (trimmed, NFC, lower case, no control or format characters). The rule is copied here, not imported,
 * so this migration keeps doing what it did when shared/username.ts changes. Two accounts that would
 * end up with one name stop the migration, naming them: which one keeps the name is a person's call.
 */
export class NormaliseUsernames1796406025325 implements MigrationInterface {
  name = 'NormaliseUsernames1796406025325';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query('SELECT id, username FROM app_user ORDER BY id')) as { id: number; username: string }[];
    const byName = new Map<string, { id: number; username: string }[]>();
    for (const row of rows) {
      const name = row.username.replace(/[\p{Cc}\p{Cf}]/gu, '').normalize('NFC').trim().toLowerCase();
      byName.set(name, [...(byName.get(name) ?? []), row]);
    }
    const clashes = [...byName].filter(([, same]) => same.length > 1);
    if (clashes.length > 0) {
      const list = clashes.map(([name, same]) => `"${name}" (ids ${same.map((row) => row.id).join(', ')})`).join('; ');
      throw new Error(`usernames that differ only in case, spaces or accents' encoding must be renamed first: ${list}`);
    }
    for (const [name, [row]] of byName) {
      if (name !== row.username) await queryRunner.query('UPDATE app_user SET username = ? WHERE id = ?', [name, row.id]);
    }
  }

  async down(): Promise<void> {
    // The original spellings are not kept; normalised names sign in exactly as before.
  }
}
