import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The words of every participant's folded name, one row each, keyed by district first (see the MySQL
 * migration of the same name for why). SQLite triggers cannot loop, so a name is split by reading it as a
 * JSON array: `searchName` is folded to ASCII letters, digits and single spaces in practice, and any `\`
 * or `"` is escaped first, so the array is always valid. The same split as MySQL's: between single spaces.
 */
const WORDS_OF_NEW =
  'INSERT OR IGNORE INTO "participant_name_token" ("districtId", "token", "participantId") ' +
  `SELECT NEW."districtId", value, NEW."id" FROM json_each('["' || replace(replace(replace(NEW."searchName", '\\', '\\\\'), '"', '\\"'), ' ', '","') || '"]') ` +
  "WHERE value <> ''";

export class ParticipantNameTokens1796500000000 implements MigrationInterface {
  name = 'ParticipantNameTokens1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "participant_name_token" ("districtId" integer NOT NULL, "token" varchar(120) NOT NULL, "participantId" integer NOT NULL, ' +
        'PRIMARY KEY ("districtId", "token", "participantId")) WITHOUT ROWID',
    );
    await queryRunner.query('CREATE INDEX "ix_name_token_participant" ON "participant_name_token" ("participantId", "token")');
    await queryRunner.query(`CREATE TRIGGER "participant_name_tokens_insert" AFTER INSERT ON "participant" BEGIN ${WORDS_OF_NEW}; END`);
    await queryRunner.query(
      'CREATE TRIGGER "participant_name_tokens_update" AFTER UPDATE OF "searchName", "districtId" ON "participant" ' +
        'WHEN NEW."searchName" IS NOT OLD."searchName" OR NEW."districtId" IS NOT OLD."districtId" BEGIN ' +
        `DELETE FROM "participant_name_token" WHERE "participantId" = OLD."id"; ${WORDS_OF_NEW}; END`,
    );
    await queryRunner.query('CREATE TRIGGER "participant_name_tokens_delete" AFTER DELETE ON "participant" BEGIN DELETE FROM "participant_name_token" WHERE "participantId" = OLD."id"; END');
    // Existing rows: the update trigger's own statement, run once for every participant.
    await queryRunner.query(WORDS_OF_NEW.replace(/NEW\./g, 'p.').replace('FROM json_each', 'FROM "participant" p, json_each'));
    await queryRunner.query('CREATE INDEX "ix_participant_phone" ON "participant" ("phone")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_participant_phone"');
    for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "participant_name_tokens_${event}"`);
    await queryRunner.query('DROP TABLE "participant_name_token"');
  }
}
