import { t, tParts } from '../shared/i18n';

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
    </main>
  );
}
