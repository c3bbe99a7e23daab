import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inExtension, openExtensionPage } from './support/extension';
import { type FakeMicrosoft, startFakeMicrosoft } from './support/fake-microsoft';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';

/*
 * Firefox's built-in data consent: the manifest declares sending an address to Microsoft as
 * optional personally identifying information, nothing is granted at install, and the first
 * "Ask Microsoft" click asks for it before anything is sent (src/ui/account-check/lookup-consent.ts).
 * The test profile answers Firefox's permission prompts with yes
 * (`extensions.webextOptionalPermissionPrompts`, support/launch.ts), as a person clicking Allow.
 */

const ADDRESS = 'consent@fake.example';
const PII = 'personallyIdentifyingInfo';

type DataPermissions = { permissions?: string[]; data_collection?: string[] };
type FirefoxApi = {
  permissions: { getAll(): Promise<DataPermissions> };
  runtime: { getManifest(): Record<string, unknown> };
};

async function grantedData(ext: ExtensionBrowser): Promise<string[] | undefined> {
  return inExtension(ext, async () => {
    const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
    return (await api.permissions.getAll()).data_collection;
  });
}

const firefoxOnly = BROWSERS.includes('firefox') ? describe : describe.skip;

firefoxOnly('Firefox data consent for "Ask Microsoft"', () => {
  let microsoft: FakeMicrosoft;
  let ext: ExtensionBrowser;
  let popup: Page;

  beforeAll(async () => {
    microsoft = await startFakeMicrosoft({
      [ADDRESS]: { json: { Username: ADDRESS, IfExistsResult: 5, ThrottleStatus: 0 } },
    });
    ext = await launchWithExtension('firefox', 'e2e');
    popup = await openExtensionPage(ext, 'popup.html');
  });

  afterAll(async () => {
    await ext?.close();
    await microsoft?.close();
  });

  it('declares the address as optional personal data, and nothing as required', async () => {
    const manifest = await inExtension(ext, () =>
      (globalThis as unknown as { browser: FirefoxApi }).browser.runtime.getManifest(),
    );
    const gecko = (manifest.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.data_collection_permissions).toMatchObject({
      required: ['none'],
      optional: [PII],
    });
  });

  it('has no consent at install, and asks for it on the click, before sending', async () => {
    expect(await grantedData(ext)).not.toContain(PII);
    const before = microsoft.lookups().length;

    await popup.waitForSelector('main[data-state="ready"]');
    await popup.type('#account-check-input', ADDRESS);
    await popup.click('[data-testid="account-check-form"] button[type="submit"]');
    await popup.waitForSelector('[data-testid="ask-microsoft"]');
    expect(microsoft.lookups().length).toBe(before);

    await popup.click('[data-testid="ask-microsoft"]');
    await popup.waitForSelector('[data-testid="lookup-result"][data-status="exists-personal"]');
    expect(await grantedData(ext)).toContain(PII);
    expect(microsoft.lookups().length).toBe(before + 1);
  });
});
