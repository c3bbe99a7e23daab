import { browser } from 'wxt/browser';
import { microsoftReportUrl } from '../../core/report/microsoft-report';
import { t } from '../shared/i18n';

/**
 * "Report this page to Microsoft" on a lookalike: opens Microsoft's unsafe-site form for the
 * page's address in a new tab. The person sends it there; nothing goes anywhere from here. A small
 * link-like button beside "N more reasons", so the popup still fits 360 × 600.
 */
export function ReportPage({ url }: { url: string }) {
  const target = microsoftReportUrl(url);
  if (!target) return null;
  return (
    <button
      type="button"
      class="link report-page"
      data-testid="report-page"
      onClick={() => void browser.tabs.create({ url: target }).then(() => window.close())}
    >
      {t('popup.report')}
    </button>
  );
}
