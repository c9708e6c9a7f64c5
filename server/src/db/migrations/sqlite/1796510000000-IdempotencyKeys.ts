import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of mutations (idempotency/). Timestamped after ParticipantNameTokens so the index stays in order. */
export class IdempotencyKeys1796510000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "idempotency_key" ("id" varchar(36) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "key" varchar(100) NOT NULL, "requestHash" varchar(64) NOT NULL, "answer" text, "createdAt" datetime NOT NULL)');
    await queryRunner.query('CREATE INDEX "IDX_38536b1937c55d305af4d69a97" ON "idempotency_key" ("createdAt") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_703de5e39cfcdf2dee29ca4cd5" ON "idempotency_key" ("userId", "key") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_703de5e39cfcdf2dee29ca4cd5"');
    await queryRunner.query('DROP INDEX "IDX_38536b1937c55d305af4d69a97"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
