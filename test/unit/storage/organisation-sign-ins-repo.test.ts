import { describe, expect, it } from 'vitest';
import { MAX_ORGANISATION_SIGN_INS } from '../../../src/storage/export-import';
import { createOrganisationSignInsRepo } from '../../../src/storage/organisation-sign-ins-repo';
import { useFreshDb } from './harness';

const T = 1_750_000_000_000;

describe('organisation sign-ins repository', () => {
  const fresh = useFreshDb();

  it('keeps one record per host, lowercased, oldest first', async () => {
    const repo = createOrganisationSignInsRepo(await fresh.open());
    await repo.put({
      host: 'STS.Contoso.com',
      organisation: 'contoso.com',
      via: 'sign-in-page',
      reachedAt: T + 1,
    });
    await repo.put({
      host: 'contoso.okta.com',
      organisation: 'contoso.com',
      via: 'account-check',
      reachedAt: T,
    });
    await repo.put({
      host: 'sts.contoso.com',
      organisation: 'contoso.com',
      via: 'sign-in-page',
      reachedAt: T + 2,
    });
    expect((await repo.list()).map((r) => [r.host, r.reachedAt])).toEqual([
      ['contoso.okta.com', T],
      ['sts.contoso.com', T + 2],
    ]);
    expect(await repo.get('STS.CONTOSO.COM')).toMatchObject({ organisation: 'contoso.com' });
  });

  it('refuses anything but a host and an organisation (no password can be stored)', async () => {
    const repo = createOrganisationSignInsRepo(await fresh.open());
    const record = {
      host: 'sts.contoso.com',
      organisation: 'contoso.com',
      via: 'sign-in-page' as const,
      reachedAt: T,
    };
    await expect(
      repo.put({ ...record, password: 'hunter2' } as typeof record),
    ).rejects.toMatchObject({
      code: 'invalid-record',
    });
    await expect(repo.put({ ...record, host: 'https://sts.contoso.com/' })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await repo.list()).toEqual([]);
  });

  it('drops the oldest beyond the limit', async () => {
    const repo = createOrganisationSignInsRepo(await fresh.open());
    for (let i = 0; i <= MAX_ORGANISATION_SIGN_INS; i++) {
      await repo.put({
        host: `sts${i}.contoso.com`,
        organisation: 'contoso.com',
        via: 'sign-in-page',
        reachedAt: T + i,
      });
    }
    const hosts = (await repo.list()).map((r) => r.host);
    expect(hosts).toHaveLength(MAX_ORGANISATION_SIGN_INS);
    expect(hosts[0]).toBe('sts1.contoso.com');
  });
});
