import type { MigrationInterface, QueryRunner } from 'typeorm';

// Generated, then trimmed to the one change: the rest was TypeORM reading MariaDB's NULL defaults as differences.
export class FundingBudgetSequence1796406372463 implements MigrationInterface {
  name = 'FundingBudgetSequence1796406372463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `funding` ADD `budgetSequence` int NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `funding` DROP COLUMN `budgetSequence`");
  }
}
