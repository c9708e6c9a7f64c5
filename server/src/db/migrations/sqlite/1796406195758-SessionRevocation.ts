import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionRevocation1796406195758 implements MigrationInterface {
  name = 'SessionRevocation1796406195758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"revoked_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"userId\" integer NOT NULL, \"expiresAt\" datetime NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_49ef0d5063b72880f672596313\" ON \"revoked_session\" (\"expiresAt\") ");
    await queryRunner.query("DROP INDEX \"IDX_9d9534a306e78d6540bf228aa1\"");
    await queryRunner.query("DROP INDEX \"IDX_6083209cfc081b916ea4ed652f\"");
    await queryRunner.query("CREATE TABLE \"temporary_app_user\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"username\" varchar(64) NOT NULL, \"displayName\" varchar(120), \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(24) NOT NULL, \"provinceId\" integer NOT NULL, \"districtId\" integer, \"disabledAt\" datetime, \"demo\" boolean NOT NULL DEFAULT (0), \"sessionGeneration\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_c480e576dd71729addbc2d51b67\" UNIQUE (\"username\"), CONSTRAINT \"FK_9b38508fc5a8cf23900817a9dc5\" FOREIGN KEY (\"districtId\", \"provinceId\") REFERENCES \"district\" (\"id\", \"provinceId\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_6083209cfc081b916ea4ed652fb\" FOREIGN KEY (\"provinceId\") REFERENCES \"province\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_app_user\"(\"id\", \"version\", \"createdAt\", \"updatedAt\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"provinceId\", \"districtId\", \"disabledAt\", \"demo\") SELECT \"id\", \"version\", \"createdAt\", \"updatedAt\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"provinceId\", \"districtId\", \"disabledAt\", \"demo\" FROM \"app_user\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("ALTER TABLE \"temporary_app_user\" RENAME TO \"app_user\"");
    await queryRunner.query("CREATE INDEX \"IDX_9d9534a306e78d6540bf228aa1\" ON \"app_user\" (\"districtId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6083209cfc081b916ea4ed652f\" ON \"app_user\" (\"provinceId\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_6083209cfc081b916ea4ed652f\"");
    await queryRunner.query("DROP INDEX \"IDX_9d9534a306e78d6540bf228aa1\"");
    await queryRunner.query("ALTER TABLE \"app_user\" RENAME TO \"temporary_app_user\"");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"version\" integer NOT NULL, \"createdAt\" datetime NOT NULL DEFAULT (datetime('now')), \"updatedAt\" datetime NOT NULL DEFAULT (datetime('now')), \"username\" varchar(64) NOT NULL, \"displayName\" varchar(120), \"passwordHash\" varchar(255) NOT NULL, \"role\" varchar(24) NOT NULL, \"provinceId\" integer NOT NULL, \"districtId\" integer, \"disabledAt\" datetime, \"demo\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"UQ_c480e576dd71729addbc2d51b67\" UNIQUE (\"username\"), CONSTRAINT \"FK_9b38508fc5a8cf23900817a9dc5\" FOREIGN KEY (\"districtId\", \"provinceId\") REFERENCES \"district\" (\"id\", \"provinceId\") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT \"FK_6083209cfc081b916ea4ed652fb\" FOREIGN KEY (\"provinceId\") REFERENCES \"province\" (\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"app_user\"(\"id\", \"version\", \"createdAt\", \"updatedAt\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"provinceId\", \"districtId\", \"disabledAt\", \"demo\") SELECT \"id\", \"version\", \"createdAt\", \"updatedAt\", \"username\", \"displayName\", \"passwordHash\", \"role\", \"provinceId\", \"districtId\", \"disabledAt\", \"demo\" FROM \"temporary_app_user\"");
    await queryRunner.query("DROP TABLE \"temporary_app_user\"");
    await queryRunner.query("CREATE INDEX \"IDX_6083209cfc081b916ea4ed652f\" ON \"app_user\" (\"provinceId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9d9534a306e78d6540bf228aa1\" ON \"app_user\" (\"districtId\") ");
    await queryRunner.query("DROP INDEX \"IDX_49ef0d5063b72880f672596313\"");
    await queryRunner.query("DROP TABLE \"revoked_session\"");
  }
}
