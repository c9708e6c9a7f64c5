import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of mutations (idempotency/). Generated, then trimmed to this change: the generator also
 * re-emits MariaDB's nullable-default noise. Timestamped after ParticipantNameTokens so the index stays in order.
 */
export class IdempotencyKeys1796510000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `idempotency_key` (`id` varchar(36) NOT NULL, `userId` int NOT NULL, `key` varchar(100) NOT NULL, `requestHash` varchar(64) NOT NULL, `answer` text NULL, `createdAt` datetime NOT NULL, INDEX `IDX_38536b1937c55d305af4d69a97` (`createdAt`), UNIQUE INDEX `IDX_703de5e39cfcdf2dee29ca4cd5` (`userId`, `key`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `idempotency_key`");
  }
}
