import type { MigrationInterface, QueryRunner } from 'typeorm';

// SQLite adds a NOT NULL column with a default in place; the generator's copy of the table lost a constraint name.
export class FundingBudgetSequence1796406372463 implements MigrationInterface {
  name = 'FundingBudgetSequence1796406372463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "funding" ADD COLUMN "budgetSequence" integer NOT NULL DEFAULT (0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "funding" DROP COLUMN "budgetSequence"');
  }
}
