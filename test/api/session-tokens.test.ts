import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from '../../server/src/auth/tokens';

const SECRET = 'a-test-secret-of-at-least-32-characters';

/** Verified tokens are remembered until they expire; remembering must not stretch or forge anything. */
describe('session tokens', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a token verifies to its user as often as it is shown, and not after it expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.issue(42);
    expect(await tokens.verify(token)).toBe(42);
    expect(await tokens.verify(token)).toBe(42);
    vi.setSystemTime(Date.now() + 61_000);
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });

  it('a tampered token, or one signed with another secret, is refused even after the genuine one was verified', async () => {
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.issue(7);
    expect(await tokens.verify(token)).toBe(7);
    const [header, payload, signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '8' })).toString('base64url');
    expect(await tokens.verify(`${header}.${forgedPayload}.${signature}`)).toBeNull();
    const other = await new TokenService('another-secret-of-at-least-32-characters', 60).issue(7);
    expect(await tokens.verify(other.token)).toBeNull();
    expect(await tokens.verify('not.a.token')).toBeNull();
  });
});
