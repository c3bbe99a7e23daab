import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn() } } }));

const { send } = await import('../../../src/messaging/client');
const { MessagingError } = await import('../../../src/messaging/result');

describe('send()', () => {
  it('returns the data of a successful answer', async () => {
    const transport = vi.fn(async () => ({ ok: true, data: [] }));
    await expect(send({ type: 'sightings/recent', limit: 3 }, transport)).resolves.toEqual([]);
    expect(transport).toHaveBeenCalledWith({ type: 'sightings/recent', limit: 3 });
  });

  it('throws the typed error of a failed answer', async () => {
    const transport = async () => ({
      ok: false,
      error: { code: 'invalid-message', message: 'Invalid "tab/state" message.' },
    });
    const failure = send({ type: 'tab/state', tabId: 1 }, transport);
    await expect(failure).rejects.toBeInstanceOf(MessagingError);
    await expect(failure).rejects.toMatchObject({ code: 'invalid-message' });
  });

  it.each([undefined, null, 'ok', { ok: true }, { ok: false, error: { code: 'made-up' } }])(
    'treats a malformed answer (%j) as no answer',
    async (answer) => {
      await expect(send({ type: 'tab/state', tabId: 1 }, async () => answer)).rejects.toMatchObject(
        { code: 'no-answer' },
      );
    },
  );
});
