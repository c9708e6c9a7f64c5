import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The personalData grant on keys and viewer accounts (docs/SECURITY.md, Personal data). Columns are added
 * in place rather than by the generator's table copy, which would drop columns other migrations add.
 */
export class PersonalDataGrant1796406180743 implements MigrationInterface {
  name = 'PersonalDataGrant1796406180743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "app_user" ADD COLUMN "personalData" boolean NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "api_key" ADD COLUMN "personalData" boolean NOT NULL DEFAULT (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_key" DROP COLUMN "personalData"');
    await queryRunner.query('ALTER TABLE "app_user" DROP COLUMN "personalData"');
  }
}
