import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The personalData grant on keys and viewer accounts (docs/SECURITY.md, "Personal data"). MariaDB's column-default noise of the generator left out. */
export class PersonalDataGrant1796406180743 implements MigrationInterface {
  name = 'PersonalDataGrant1796406180743';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `app_user` ADD `personalData` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `api_key` ADD `personalData` tinyint NOT NULL DEFAULT 0");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `api_key` DROP COLUMN `personalData`");
    await queryRunner.query("ALTER TABLE `app_user` DROP COLUMN `personalData`");
  }
}
