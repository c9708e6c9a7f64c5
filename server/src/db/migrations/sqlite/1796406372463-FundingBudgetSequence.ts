import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FundingBudgetSequence1796406372463 implements MigrationInterface {
  name = 'FundingBudgetSequence1796406372463';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_funding\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"provinceId\" integer NOT NULL, \"fiscalYear\" integer NOT NULL, \"centralAmount\" bigint NOT NULL, \"exchangeCapPercent\" integer NOT NULL DEFAULT (10), \"decisionRef\" varchar(60), \"demo\" boolean NOT NULL DEFAULT (0), \"budgetSequence\" integer NOT NULL DEFAULT (0), CONSTRAINT \"uq_funding_province_year\" UNIQUE (\"provinceId\", \"fiscalYear\"), CONSTRAINT \"uq_funding_id_province_year\" UNIQUE (\"id\", \"provinceId\", \"fiscalYear\"), CONSTRAINT \"FK_654880d9c16ce7702ad8386f789\" FOREIGN KEY (\"provinceId\") REFERENCES \"province\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_funding\"(\"id\", \"version\", \"createdAt\", \"updatedAt\", \"provinceId\", \"fiscalYear\", \"centralAmount\", \"exchangeCapPercent\", \"decisionRef\", \"demo\") SELECT \"id\", \"version\", \"createdAt\", \"updatedAt\", \"provinceId\", \"fiscalYear\", \"centralAmount\", \"exchangeCapPercent\", \"decisionRef\", \"demo\" FROM \"funding\"");
    await queryRunner.query("DROP TABLE \"funding\"");
    await queryRunner.query("ALTER TABLE \"temporary_funding\" RENAME TO \"funding\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"funding\" RENAME TO \"temporary_funding\"");
    await queryRunner.query("CREATE TABLE \"funding\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"provinceId\" integer NOT NULL, \"fiscalYear\" integer NOT NULL, \"centralAmount\" bigint NOT NULL, \"exchangeCapPercent\" integer NOT NULL DEFAULT (10), \"decisionRef\" varchar(60), \"demo\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"uq_funding_province_year\" UNIQUE (\"provinceId\", \"fiscalYear\"), CONSTRAINT \"uq_funding_id_province_year\" UNIQUE (\"id\", \"provinceId\", \"fiscalYear\"), CONSTRAINT \"FK_654880d9c16ce7702ad8386f789\" FOREIGN KEY (\"provinceId\") REFERENCES \"province\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"funding\"(\"id\", \"version\", \"createdAt\", \"updatedAt\", \"provinceId\", \"fiscalYear\", \"centralAmount\", \"exchangeCapPercent\", \"decisionRef\", \"demo\") SELECT \"id\", \"version\", \"createdAt\", \"updatedAt\", \"provinceId\", \"fiscalYear\", \"centralAmount\", \"exchangeCapPercent\", \"decisionRef\", \"demo\" FROM \"temporary_funding\"");
    await queryRunner.query("DROP TABLE \"temporary_funding\"");
  }
}
