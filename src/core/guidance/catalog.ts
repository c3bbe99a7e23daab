import { availableLocales, type Catalog, type Catalogs } from '../i18n/catalog';
import { GUIDANCE_TRANSLATIONS } from '../i18n/messages/guidance';
import { accountHomeMessages } from './kinds/account-home';
import { accountRecoveryMessages } from './kinds/account-recovery';
import { consentMessages } from './kinds/consent';
import { deviceCodeMessages } from './kinds/device-code';
import { passkeyMessages } from './kinds/passkeys';
import { passwordResetMessages } from './kinds/password-reset';
import { securityInfoMessages } from './kinds/security-info';
import { signInMessages } from './kinds/sign-in';
import { signOutMessages } from './kinds/sign-out';
import { signUpMessages } from './kinds/sign-up';
import { widgetMessages } from './widget-messages';

/** English, the reference catalog: every key of every message the guidance panel can show. */
export const EN = {
  ...widgetMessages,
  ...signInMessages,
  ...signUpMessages,
  ...passwordResetMessages,
  ...accountRecoveryMessages,
  ...securityInfoMessages,
  ...accountHomeMessages,
  ...signOutMessages,
  ...deviceCodeMessages,
  ...consentMessages,
  ...passkeyMessages,
} as const satisfies Catalog<string>;

export type MessageKey = keyof typeof EN;

/**
 * Every language with a catalog. The translations are in `src/core/i18n/messages/guidance/`,
 * declared with `translation<typeof EN>()`, so the compiler holds them to English's keys and
 * placeholders (and the unit tests check again).
 */
export const CATALOGS: Catalogs<MessageKey> = { en: EN, ...GUIDANCE_TRANSLATIONS };

export const AVAILABLE_LOCALES = availableLocales(CATALOGS);

/** The placeholders a message must have, because the code fills them in. */
export const REQUIRED_PLACEHOLDERS: Partial<Record<MessageKey, readonly string[]>> = {
  'panel.region': ['title'],
  'duplicate.body': ['address'],
  'accounts.answer.listed': ['address'],
  'accounts.answer.consumer-domain': ['address', 'domain'],
  'accounts.answer.looked-up': ['address'],
  'accounts.answer.work-school': ['address'],
  'review.recorded': ['address', 'date'],
  'consent.app.named': ['app'],
  'consent.publisher.verified': ['publisher'],
  'consent.permissions.other': ['name'],
  'device-code.confirm.named': ['app'],
};
