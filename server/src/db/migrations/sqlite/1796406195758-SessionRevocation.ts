import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Revocable sessions: the signed-out session ids, and the account's session generation. The column is added
 * in place: the generator's copy of app_user would have carried only the columns its branch knew of, and
 * so dropped any column another migration had added to the table in between.
 */
export class SessionRevocation1796406195758 implements MigrationInterface {
  name = 'SessionRevocation1796406195758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "revoked_session" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "expiresAt" datetime NOT NULL)');
    await queryRunner.query('CREATE INDEX "IDX_49ef0d5063b72880f672596313" ON "revoked_session" ("expiresAt") ');
    await queryRunner.query('ALTER TABLE "app_user" ADD COLUMN "sessionGeneration" integer NOT NULL DEFAULT (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "sessionGeneration"');
    await queryRunner.query('DROP INDEX "IDX_49ef0d5063b72880f672596313"');
    await queryRunner.query('DROP TABLE "revoked_session"');
  }
}
