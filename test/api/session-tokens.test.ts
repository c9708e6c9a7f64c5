import { createSecretKey } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { TokenService } from '../../server/src/auth/tokens';

const SECRET = 'a-test-secret-of-at-least-32-characters';

/** Verified tokens are remembered until they expire; remembering must not stretch or forge anything. */
describe('session tokens', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a token verifies to its user and session as often as it is shown, and not after it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.issue(42, 3);
    const claims = await tokens.verify(token);
    expect(claims).toMatchObject({ userId: 42, generation: 3, sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await tokens.verify(token)).toEqual(claims);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });

  it('each sign-in is a session of its own, so that signing out ends only that one', async () => {
    const tokens = new TokenService(SECRET, 60);
    const first = await tokens.verify((await tokens.issue(42, 0)).token);
    const second = await tokens.verify((await tokens.issue(42, 0)).token);
    expect(first?.sessionId).not.toBe(second?.sessionId);
  });

  it('a tampered token, or one signed with another secret, is refused even after the genuine one was verified', async () => {
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.issue(7, 0);
    expect((await tokens.verify(token))?.userId).toBe(7);
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '8' })).toString('base64url');
    expect(await tokens.verify(`${header}.${forgedPayload}.${signature}`)).toBeNull();
    const other = await new TokenService('another-secret-of-at-least-32-characters', 60).issue(7, 0);
    expect(await tokens.verify(other.token)).toBeNull();
    expect(await tokens.verify('not.a.token')).toBeNull();
  });

  it('a correctly signed token without an expiry (or without a session id or generation) is refused: it would never end', async () => {
    const tokens = new TokenService(SECRET, 60);
    const key = createSecretKey(Buffer.from(SECRET, 'utf8'));
    const sign = (build: (jwt: SignJWT) => SignJWT) =>
      build(new SignJWT({ gen: 0 }).setProtectedHeader({ alg: 'HS256' }).setSubject('7').setIssuer('portal-135').setIssuedAt()).sign(key);
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    expect(await tokens.verify(await sign((jwt) => jwt.setJti('a-session')))).toBeNull();
    expect(await tokens.verify(await sign((jwt) => jwt.setExpirationTime(inAnHour)))).toBeNull();
    const noGeneration = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('7')
      .setIssuer('portal-135')
      .setJti('s')
      .setExpirationTime(inAnHour)
      .sign(key);
    expect(await tokens.verify(noGeneration)).toBeNull();
    // the same claims with an expiry are accepted, so the refusals above are about the missing claim
    expect((await tokens.verify(await sign((jwt) => jwt.setJti('a-session').setExpirationTime(inAnHour))))?.userId).toBe(7);
  });
});
