import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an audit entry changed, and the import a row change was part of (docs/API.md, "The audit log").
 * Columns are added in place rather than by the generator's table copy, which would drop columns other migrations add.
 */
export class AuditChanges1796416650324 implements MigrationInterface {
  name = 'AuditChanges1796416650324';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "audit_entry" ADD COLUMN "changedFields" text');
    await queryRunner.query('ALTER TABLE "audit_entry" ADD COLUMN "importId" integer');
    await queryRunner.query('CREATE INDEX "ix_audit_import" ON "audit_entry" ("importId") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "ix_audit_import"');
    await queryRunner.query('ALTER TABLE "audit_entry" DROP COLUMN "importId"');
    await queryRunner.query('ALTER TABLE "audit_entry" DROP COLUMN "changedFields"');
  }
}
