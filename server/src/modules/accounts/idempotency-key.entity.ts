import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A mutation's Idempotency-Key, remembered for its account (idempotency/): written in the mutation's
 * own transaction, so the change and its key are stored together or not at all, then given the answer
 * the client was sent. A repeat of the request with the key gets that answer instead of a second change.
 */
@Entity('idempotency_key')
@Index(['userId', 'key'], { unique: true })
export class IdempotencyKey {
  /**
   * Random, one per claim: the answer is saved on this row only, so a request whose claim was rolled back
   * can never write its answer onto the row of a duplicate that committed instead.
   */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The signed-in account (app_user.id): keys of different accounts never meet. */
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** SHA-256 (hex) of the operation name, query text and variables: a key reused for another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** The JSON body first sent back; null while the mutation runs (or if the process died before saving it). */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Index()
  @Column({ type: 'datetime' })
  createdAt: Date;
}
