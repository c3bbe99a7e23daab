import { browser } from 'wxt/browser';
import { t, tParts } from '../shared/i18n';

/** Microsoft's own account page, reached from here rather than from the lookalike. */
const ACCOUNT_PAGE = 'https://account.microsoft.com/';

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

export function LeftLookalike() {
  return (
    <main class="page">
      <h1>{t('left.heading')}</h1>
      <p>{t('left.taken-away')}</p>
      <p>
        {tParts('left.change-password', {
          address: <strong>account.microsoft.com</strong>,
          security: <em>{t('left.security')}</em>,
        })}
      </p>
      <p class="muted">{t('left.only-own')}</p>
      <section class="card" aria-labelledby="left-next" data-testid="left-next-steps">
        <h2 id="left-next">{t('left.next.heading')}</h2>
        <p class="actions">
          <a class="button primary" href={ACCOUNT_PAGE} data-testid="left-account">
            {t('left.next.account')}
          </a>{' '}
          <button type="button" data-testid="left-close" onClick={() => void closeThisTab()}>
            {t('left.next.close')}
          </button>
        </p>
      </section>
    </main>
  );
}
