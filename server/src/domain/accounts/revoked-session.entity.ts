import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Reach } from '../reach';

/**
 * A session ended before its token expired (sign-out). Kept until the token would have expired anyway,
 * then pruned: a token past its `exp` is refused by its signature check alone. Ending all of an
 * account's sessions (password reset, disable, role change) needs no rows: it bumps the account's
 * `sessionGeneration` instead (auth/session-revocation.ts).
 */
@Reach('nobody')
@Entity('revoked_session')
export class RevokedSession {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'integer' })
  userId: number;

  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;
}
