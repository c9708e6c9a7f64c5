import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { webSignIn } from '../helpers/web-session';
import { participantsCsv } from '../transfer/transfer-client';
import { Participant } from '../../server/src/domain/participants/participant.entity';

/**
 * docs/SECURITY.md, "Cross-site requests and rate limits": state-changing routes refuse cross-site requests. A page on another site makes the district
 * manager's browser POST a spreadsheet to /api/import with the session cookie attached: as a form or a
 * `text/plain` body, which browsers send cross-origin without asking the server first.
 */
describe('a cross-site page cannot import through a signed-in browser', () => {
  let f: TenantFixture;
  let cookie: string;
  let path: string;
  const count = () => f.db.getRepository(Participant).countBy({ districtId: f.lamBinh.id });
  const post = (headers: Record<string, string>, csv: string) =>
    fetch(`${f.server.url}${path}`, { method: 'POST', headers: { cookie, ...headers }, body: csv });

  beforeAll(async () => {
    f = await tenantFixture();
    cookie = (await webSignIn(f.server, 'huyen-071')).cookie;
    path = '/api/import/participants?mode=commit';
  });
  afterAll(() => f.close());

  it.each([
    ['a text/plain body', { 'content-type': 'text/plain' }],
    ['a form-encoded body', { 'content-type': 'application/x-www-form-urlencoded' }],
  ])('%s from another origin with the session cookie is refused 403, and nothing is imported', async (_what, type) => {
    const csv = participantsCsv(3, f.lamBinhCommunes[0], 900);
    const sources: Record<string, string>[] = [{ origin: 'https://evil.example' }, { referer: 'https://evil.example/page.html' }, {}];
    for (const from of sources) {
      const response = await post({ ...type, ...from }, csv);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(0);
  });

  it('the web portal’s own request (its X-Requested-With header, or its own Origin) imports with the same cookie', async () => {
    const viaHeader = await post(
      { 'content-type': 'text/csv', 'x-requested-with': 'portal-135', origin: 'https://evil.example' },
      participantsCsv(2, f.lamBinhCommunes[0], 100),
    );
    expect(viaHeader.status).toBe(200);
    expect(await count()).toBe(2);
    const sameOrigin = await post({ 'content-type': 'text/plain', origin: f.server.url }, participantsCsv(2, f.lamBinhCommunes[0], 200));
    expect(sameOrigin.status).toBe(200);
    expect(await count()).toBe(4);
  });

  it('a script with its own token needs no such header (no ambient credential to abuse)', async () => {
    const response = await fetch(`${f.server.url}${path}`, {
      method: 'POST',
      headers: { ...f.as.manager, 'content-type': 'text/plain' },
      body: participantsCsv(1, f.lamBinhCommunes[0], 300),
    });
    expect(response.status).toBe(200);
    expect(await count()).toBe(5);
  });
});
