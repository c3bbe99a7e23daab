import { browser } from 'wxt/browser';
import { microsoftReportUrl } from '../../core/report/microsoft-report';
import { t } from '../shared/i18n';

/**
 * "Report this page to Microsoft" on a lookalike: opens Microsoft's unsafe-site form for the
 * page's address in a new tab. The person sends it there; nothing goes anywhere from here.
 */
export function ReportPage({ url }: { url: string }) {
  const target = microsoftReportUrl(url);
  if (!target) return null;
  return (
    <div data-testid="report-page">
      <button
        type="button"
        onClick={() => void browser.tabs.create({ url: target }).then(() => window.close())}
      >
        {t('popup.report')}
      </button>
      <p class="muted">{t('popup.report-hint')}</p>
    </div>
  );
}
