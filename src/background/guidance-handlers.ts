import { browser } from 'wxt/browser';
import { checkAddress } from '../core/accounts/offline-answer';
import { classifyUrl } from '../core/detection/classify-url';
import type { Classification } from '../core/detection/types';
import { addressStatus } from '../core/guidance/address-status';
import { assessConsent } from '../core/guidance/consent/assess';
import { scopesOfUrl } from '../core/guidance/consent/permissions';
import { PANEL_STATES_KEY, panelStatesOf } from '../core/guidance/panel-states';
import { SHIPPED_LOCALES } from '../core/guidance/shipped-locales';
import { guidanceView } from '../core/guidance/view';
import { chooseLocale, localeOfTag } from '../core/i18n/locales';
import { pageLanguageTags } from '../core/i18n/page-language';
import type { GuidanceMessageType } from '../messaging/guidance-messages';
import type { EarlyGuidance } from '../messaging/messages';
import type { Handlers, Sender } from '../messaging/router';
import { createAccountsRepo } from '../storage/accounts-repo';
import { createLookupsRepo } from '../storage/lookups-repo';
import { createSettingsRepo } from '../storage/settings-repo';
import { database } from './database';
import { reminderEngine } from './reminders';

type GuidanceHandlers = Pick<Handlers, GuidanceMessageType>;

/**
 * The guidance panel's questions, answered from the extension's own data. Only a content script
 * on a genuine Microsoft page gets answers: the person's addresses go nowhere else. None of these
 * handlers writes anything, except "I've reviewed my recovery info" for a listed account.
 */
function microsoftPage(sender: Sender) {
  const classification = classifyUrl(sender.url ?? '');
  if (classification.verdict !== 'microsoft') {
    throw new Error('Guidance is only for genuine Microsoft pages.');
  }
  return classification;
}

/** The person's own accounts, and the addresses seen signing in while they allow keeping them. */
async function knownAddresses(): Promise<string[]> {
  const db = await database();
  const [accounts, remember] = await Promise.all([
    createAccountsRepo(db).list(),
    createSettingsRepo(db).get('rememberSignInAddresses'),
  ]);
  return accounts
    .filter((account) => remember || account.addedFrom !== 'sign-in')
    .map((account) => account.address)
    .sort();
}

/**
 * The panel's start, for a page report that asks: its text in the language the page's address
 * names, else the browser's, and the states the person left it in. `<html lang>` is not known
 * yet at document_start; the content script reads it later and asks again only if it matters.
 */
export async function earlyGuidance(
  url: string,
  { verdict, kind, service }: Classification,
): Promise<EarlyGuidance | undefined> {
  if (verdict !== 'microsoft' || !kind) return undefined;
  const addressTags = pageLanguageTags(url, null);
  const localeFromAddress = addressTags.some((tag) => {
    const locale = localeOfTag(tag);
    return locale !== null && SHIPPED_LOCALES.includes(locale);
  });
  const { navigator } = globalThis as { navigator?: Navigator };
  const browserTags = navigator?.languages ?? [navigator?.language ?? ''];
  const locale = chooseLocale(addressTags, browserTags, SHIPPED_LOCALES);
  const stored = await browser.storage.local.get(PANEL_STATES_KEY).catch(() => ({}));
  return {
    view: guidanceView(kind, locale, service),
    localeFromAddress,
    panelStates: panelStatesOf((stored as Record<string, unknown>)[PANEL_STATES_KEY]),
  };
}

export const guidanceHandlers: GuidanceHandlers = {
  async 'guidance/get'(message, sender) {
    const page = microsoftPage(sender);
    const kind = message.kind ?? page.kind;
    if (!kind) throw new Error('This Microsoft page has no guidance.');
    return guidanceView(kind, message.locale, page.service);
  },

  async 'guidance/address-status'(message, sender) {
    microsoftPage(sender);
    const db = await database();
    const [accounts, lookups] = await Promise.all([
      createAccountsRepo(db).list(),
      createLookupsRepo(db).list(),
    ]);
    return addressStatus(message.address, {
      listed: accounts.filter((account) => account.addedFrom !== 'sign-in'),
      lookups,
    });
  },

  async 'guidance/accounts'(_message, sender) {
    microsoftPage(sender);
    return { addresses: await knownAddresses() };
  },

  async 'guidance/consent'(message, sender) {
    microsoftPage(sender);
    return assessConsent(message.publisher, message.names, scopesOfUrl(sender.url ?? ''));
  },

  async 'guidance/recovery-reviewed'(message, sender) {
    microsoftPage(sender);
    const checked = checkAddress(message.address);
    const accounts = createAccountsRepo(await database());
    const listed = checked.valid ? await accounts.get(checked.accountAddress) : undefined;
    if (!listed) {
      return {
        recorded: false,
        reason: (await accounts.count()) === 0 ? 'no-accounts' : 'not-listed',
      };
    }
    // Through the reminder engine, so the review reminder moves on in the same step.
    const { result } = await reminderEngine.afterChange(async (now) => {
      await accounts.update(listed.address, { recoveryReviewedAt: now });
      return now;
    });
    return { recorded: true, address: listed.address, reviewedAt: result };
  },
};
