import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import type { ConsentAssessment } from '../../../src/core/guidance/consent/assess';
import { assessConsent } from '../../../src/core/guidance/consent/assess';
import { guidanceView } from '../../../src/core/guidance/view';

const SITES = new URL('../../fixtures/sites/', import.meta.url);

/** The widgets build their elements with the page's `document`: linkedom's, here. */
function load(file: string, url: string) {
  const { document, window } = parseHTML(readFileSync(new URL(file, SITES), 'utf8'));
  Object.defineProperty(document, 'location', { value: new URL(url), configurable: true });
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', new URL(url));
  const host = document.createElement('account-helper');
  document.body.append(host);
  return { doc: document as unknown as Document, host: host as unknown as HTMLElement, window };
}

const { consentWidget } = await import('../../../src/content/guidance/consent-widget');
const { deviceCheck } = await import('../../../src/content/guidance/device-check');

const work = guidanceView('consent', 'en', 'work-school');
const personal = guidanceView('consent', 'en', 'microsoft-account');
const device = guidanceView('device-code', 'en', 'work-school');
function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the view lacks this part');
  return value;
}
const WORK = need(work.consent);
const PERSONAL = need(personal.consent);
const DEVICE = need(device.deviceCode);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function weigh() {
  return vi.fn(
    async (page: {
      publisherStatus: 'verified' | 'unverified' | 'unknown';
      permissionNames: string[];
    }) => assessConsent(page.publisherStatus, page.permissionNames) as ConsentAssessment,
  );
}

describe('the consent explanation in the panel', () => {
  it('warns, names the app, and links to where work or school apps are removed', async () => {
    const { doc, host } = load(
      'ms-consent-unverified.html',
      'https://login.microsoftonline.com/common/login',
    );
    const warned = vi.fn();
    const widget = consentWidget(WORK, host, doc, warned, weigh());
    await settle();
    const text = widget.element.textContent ?? '';
    expect(host.getAttribute('data-consent-risk')).toBe('high');
    expect(host.getAttribute('data-consent-publisher')).toBe('unverified');
    expect(warned).toHaveBeenCalled();
    expect(text).toContain('Secure Mail Viewer asks to use your Microsoft account.');
    expect(text).toContain(work.consent?.warningTitle);
    expect(text).toContain('read and send your email');
    expect(text).toContain('keep this access when you’re not using the app');
    expect(text).not.toContain(work.consent?.calm);
    const link = widget.element.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://myapps.microsoft.com/');
    expect(widget.element.querySelectorAll('li.sensitive')).toHaveLength(2);
  });

  it('explains calmly, naming the verified publisher', async () => {
    const { doc, host } = load(
      'ms-consent-verified.html',
      'https://login.microsoftonline.com/common/login',
    );
    const warned = vi.fn();
    const widget = consentWidget(WORK, host, doc, warned, weigh());
    await settle();
    const text = widget.element.textContent ?? '';
    expect(host.getAttribute('data-consent-risk')).toBe('low');
    expect(warned).not.toHaveBeenCalled();
    expect(text).toContain('Microsoft marks its publisher, Fabrikam, Inc., as verified');
    expect(text).toContain(work.consent?.calm);
    expect(text).not.toContain(work.consent?.warningTitle);
  });

  it('sends personal accounts to their own page for removing an app', async () => {
    const { doc, host } = load(
      'ms-consent-personal.html',
      'https://login.live.com/oauth20_authorize.srf',
    );
    const widget = consentWidget(PERSONAL, host, doc, () => {}, weigh());
    await settle();
    expect(host.getAttribute('data-consent-risk')).toBe('high');
    expect(widget.element.querySelector('a')?.getAttribute('href')).toBe(
      'https://account.live.com/consent/Manage',
    );
    expect(widget.element.textContent).toContain('see, change and delete all your files');
  });

  it('waits for the prompt on a page that isn’t one yet, and asks again only when it changes', async () => {
    const { doc, host } = load(
      'ms-sign-in.html',
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?prompt=consent',
    );
    const assess = weigh();
    const widget = consentWidget(WORK, host, doc, () => {}, assess);
    await settle();
    expect(widget.element.textContent).toBe(work.consent?.waiting);
    expect(host.hasAttribute('data-consent-risk')).toBe(false);
    widget.update();
    expect(assess).not.toHaveBeenCalled();
  });
});

describe('the device-code check in the panel', () => {
  it('asks to close the page when a link from another site led here', () => {
    const { doc, host } = load(
      'ms-device-code.html',
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
    );
    const check = deviceCheck(DEVICE, host, doc, 'https://mail.example.org/');
    expect(host.getAttribute('data-device-arrival')).toBe('link');
    expect(host.getAttribute('data-device-step')).toBe('code');
    expect(check.element.hidden).toBe(false);
    expect(check.element.textContent).toContain(device.deviceCode?.linkBody);
    expect(check.update()).toBe(true);
  });

  it('stays out of the way without a referrer, and names the app on the confirmation step', () => {
    const typed = load(
      'ms-device-code.html',
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
    );
    const quiet = deviceCheck(DEVICE, typed.host, typed.doc, '');
    expect(typed.host.getAttribute('data-device-arrival')).toBe('unknown');
    expect(quiet.element.hidden).toBe(true);
    expect(quiet.update()).toBe(false);

    const step = load(
      'ms-device-code-confirm.html',
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
    );
    const confirm = deviceCheck(
      DEVICE,
      step.host,
      step.doc,
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
    );
    expect(step.host.getAttribute('data-device-arrival')).toBe('same-site');
    expect(step.host.getAttribute('data-device-step')).toBe('confirm');
    expect(confirm.element.textContent).toContain(
      'Microsoft asks whether you are signing in to Microsoft Azure CLI.',
    );
  });

  it('says both when a link (with the code in it) lands on the confirmation step', () => {
    const step = load(
      'ms-device-code-confirm.html',
      'https://login.microsoftonline.com/common/oauth2/deviceauth?otc=HX7KQ2P',
    );
    const check = deviceCheck(DEVICE, step.host, step.doc, 'https://chat.example.net/');
    const text = check.element.textContent ?? '';
    expect(text).toContain(DEVICE.linkBody);
    expect(text).toContain('signing in to Microsoft Azure CLI');
  });
});
