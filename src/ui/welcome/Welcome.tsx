import { t } from '../shared/i18n';

export function Welcome() {
  return (
    <main class="page">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <ul>
        <li>{t('welcome.genuine')}</li>
        <li>{t('welcome.existing')}</li>
        <li>{t('welcome.reminders')}</li>
      </ul>
      <h2>{t('welcome.privacy.heading')}</h2>
      <p>{t('welcome.privacy')}</p>
      <p>{t('welcome.toolbar')}</p>
    </main>
  );
}
