import { matchBrand } from './brand-match';
import type { WebUrl } from './url-parts';

/**
 * Microsoft names in a foreign address that the address check alone lets pass: kits sit in
 * folders named after what they imitate (`/office365/`, `/owa/`, `/onedrive/`) or in sites with
 * mangled names (`0ffice`, `exch365`). On their own they prove nothing; next to a sign-in page
 * they lower what the page must show (`analyse-page.ts`).
 */
const IN_PATH =
  /(?:^|[^a-z0-9])(office-?365|0ffice(?:-?365)?|offic3|o365|m365|microsoft-?365|microsoft|micr0soft|msoffice|ms-?office|owa|onedrive|one-?drive|0nedrive|sharepoint|outlook|0utlook|hotmail|exch(?:ange)?-?365|exchange|excel|msonline|microsoftonline|office)(?=[^a-z0-9]|$)/;
/** In a host name, only names an organisation wouldn't give its own mail server. */
const IN_HOST =
  /(?:^|[^a-z0-9])(office-?365|0ffice(?:-?365)?|offic3|o365|m365|microsoft-?365|micr0soft|msoffice|0nedrive|0utlook|exch(?:ange)?-?365|msonline)(?=[^a-z0-9]|$)/;

/** The Microsoft name the address hides in its path or host, or null. */
export function microsoftNameInAddress(web: WebUrl): string | null {
  const named = IN_PATH.exec(web.path)?.[1] ?? IN_HOST.exec(web.host)?.[1];
  if (named) return named;
  // Misspelt or disguised distinctive names in the path ("/microosoftonline/", "/0ffice365/").
  for (const token of web.path.split(/[^a-z0-9]+/).slice(0, 20)) {
    const match = token.length >= 5 ? matchBrand(token) : null;
    if (match?.brand.distinctive && match.how !== 'inside') return token;
  }
  return null;
}
