import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated, then trimmed to this change: the generator also re-emits MariaDB's nullable-default noise. */
export class SessionRevocation1796406195758 implements MigrationInterface {
  name = 'SessionRevocation1796406195758';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `revoked_session` (`id` varchar(36) NOT NULL, `userId` int NOT NULL, `expiresAt` datetime NOT NULL, INDEX `IDX_49ef0d5063b72880f672596313` (`expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `app_user` ADD `sessionGeneration` int NOT NULL DEFAULT '0'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `app_user` DROP COLUMN `sessionGeneration`");
    await queryRunner.query("DROP INDEX `IDX_49ef0d5063b72880f672596313` ON `revoked_session`");
    await queryRunner.query("DROP TABLE `revoked_session`");
  }
}
