import { GuardPermission } from '../shared/GuardPermission';
import { t } from '../shared/i18n';
import { usePolicy } from '../shared/use-policy';

/**
 * The page Account Helper opens on install. The guard protects no one while it is off, so it comes
 * first after the summary: what it does and never does, in two sentences, and the one button that
 * asks the browser for its permission; then what to do next.
 */
export function Welcome() {
  const policy = usePolicy();
  return (
    <main class="page">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <ul>
        <li>{t('welcome.genuine')}</li>
        <li>{t('welcome.existing')}</li>
        <li>{t('welcome.reminders')}</li>
      </ul>
      <GuardPermission
        explanation={
          <>
            <p data-testid="welcome-guard-what">{t('welcome.guard.what')}</p>
            <p data-testid="welcome-guard-never">{t('welcome.guard.never')}</p>
            {policy?.lookalikeReportEndpoint && <p>{t('welcome.guard.org')}</p>}
          </>
        }
      />
      <section class="card" data-testid="welcome-next" aria-labelledby="welcome-next-heading">
        <h2 id="welcome-next-heading">{t('welcome.next.heading')}</h2>
        <ol>
          <li>
            {t('welcome.next.accounts')}{' '}
            <a href="/options.html" data-testid="welcome-accounts">
              {t('welcome.next.accounts-link')}
            </a>
          </li>
          <li>{t('welcome.next.pin')}</li>
        </ol>
      </section>
      <h2>{t('welcome.privacy.heading')}</h2>
      <p>{t('welcome.privacy')}</p>
      <p>{t('welcome.toolbar')}</p>
    </main>
  );
}
