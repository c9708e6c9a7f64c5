import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What an audit entry changed, and the import a row change was part of (docs/API.md, "The audit log"). */
export class AuditChanges1796416650324 implements MigrationInterface {
  name = 'AuditChanges1796416650324';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `audit_entry` ADD `changedFields` text NULL, ADD `importId` int NULL, ADD INDEX `ix_audit_import` (`importId`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `audit_entry` DROP INDEX `ix_audit_import`, DROP COLUMN `importId`, DROP COLUMN `changedFields`');
  }
}
