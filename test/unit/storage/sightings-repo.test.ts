import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSightingsRepo,
  type SightingInput,
  SightingRecordSchema,
  toSightingUrl,
} from '../../../src/storage';
import { collectCorruptReports, useFreshDb } from './harness';

const sighting = (overrides: Partial<SightingInput> = {}): SightingInput => ({
  url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  verdict: 'microsoft',
  service: 'work-school',
  kind: 'sign-in',
  seenAt: 1_000,
  ...overrides,
});

describe('toSightingUrl', () => {
  it('keeps origin and path, dropping query, fragment and credentials', () => {
    expect(
      toSightingUrl('https://user:pw@Login.Live.com/oauth20_authorize.srf?code=secret#t=1'),
    ).toEqual({ url: 'https://login.live.com/oauth20_authorize.srf', host: 'login.live.com' });
  });

  it('never keeps a query or fragment of any http(s) URL', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (pageUrl) => {
        const { url } = toSightingUrl(pageUrl);
        expect(url).not.toMatch(/[?#]/);
        expect(url.startsWith(new URL(pageUrl).origin)).toBe(true);
      }),
    );
  });

  it('refuses non-http(s) and unparsable URLs', () => {
    for (const url of ['about:blank', 'data:text/html,hi', 'not a url']) {
      expect(() => toSightingUrl(url)).toThrow(expect.objectContaining({ code: 'invalid-record' }));
    }
  });
});

describe('sightings repository', () => {
  const fresh = useFreshDb();

  it('records a page whose path is longer than a stored URL may be, cut to fit', async () => {
    const sightings = createSightingsRepo(await fresh.open());
    const stored = await sightings.record(
      sighting({ url: `https://phish.example/${'a/..%2F'.repeat(800)}?code=secret` }),
    );
    expect(stored.url.length).toBeLessThanOrEqual(2048);
    expect(stored.url.startsWith('https://phish.example/a')).toBe(true);
    expect(SightingRecordSchema.safeParse(stored).success).toBe(true);
  });

  it('records a stripped sighting and returns it with its id', async () => {
    const sightings = createSightingsRepo(await fresh.open());
    const stored = await sightings.record(
      sighting({ url: 'https://login.live.com/login.srf?username=a%40b.com#frag' }),
    );
    expect(stored).toEqual({
      id: expect.any(Number),
      url: 'https://login.live.com/login.srf',
      host: 'login.live.com',
      verdict: 'microsoft',
      service: 'work-school',
      kind: 'sign-in',
      seenAt: 1_000,
    });
    expect(await sightings.listRecent(10)).toEqual([stored]);
  });

  it('lists newest first, up to the limit', async () => {
    const sightings = createSightingsRepo(await fresh.open());
    for (const seenAt of [3_000, 1_000, 2_000, 4_000]) await sightings.record(sighting({ seenAt }));
    expect((await sightings.listRecent(3)).map((s) => s.seenAt)).toEqual([4_000, 3_000, 2_000]);
    expect(await sightings.listRecent(0)).toEqual([]);
    expect(await sightings.count()).toBe(4);
  });

  it('keeps only the newest sightings beyond the retention bound', async () => {
    const sightings = createSightingsRepo(await fresh.open(), { maxSightings: 3 });
    for (let seenAt = 1; seenAt <= 6; seenAt += 1) await sightings.record(sighting({ seenAt }));
    expect(await sightings.count()).toBe(3);
    expect((await sightings.listRecent(10)).map((s) => s.seenAt)).toEqual([6, 5, 4]);
  });

  it('rejects invalid sightings', async () => {
    const sightings = createSightingsRepo(await fresh.open());
    await expect(sightings.record(sighting({ verdict: 'maybe' as never }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
    await expect(sightings.record(sighting({ seenAt: -1 }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
    await expect(sightings.record(sighting({ url: 'about:blank' }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await sightings.count()).toBe(0);
  });

  it('skips and reports corrupt stored sightings', async () => {
    const db = await fresh.open();
    const { reports, onCorruptRecord } = collectCorruptReports();
    const sightings = createSightingsRepo(db, { onCorruptRecord });
    await sightings.record(sighting({ seenAt: 1 }));
    await db.add('sightings', {
      ...sighting({ seenAt: 2 }),
      url: 'https://x.test/?token=1',
    } as never);
    expect((await sightings.listRecent(10)).map((s) => s.seenAt)).toEqual([1]);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.store).toBe('sightings');
  });

  it('clears everything', async () => {
    const sightings = createSightingsRepo(await fresh.open());
    await sightings.record(sighting());
    await sightings.clear();
    expect(await sightings.count()).toBe(0);
  });
});
