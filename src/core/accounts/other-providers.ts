/**
 * Mail domains of other providers' free consumer mail. An organisation can't make work or school
 * accounts at them: Microsoft Entra lets a tenant use only a domain it proves it owns, and no
 * tenant owns gmail.com (self-service sign-up refuses "public email domains" outright). So an
 * address here may be a personal Microsoft account (any address can become one) and never a work
 * or school one. The biggest providers in the languages we ship; a missing one only means the
 * answer stays the general "could be either".
 */
export const OTHER_PROVIDER_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.de',
  'yahoo.fr',
  'yahoo.es',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.de',
  'aol.fr',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'gmx.com',
  'gmx.fr',
  'gmx.es',
  'web.de',
  't-online.de',
  'freenet.de',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'zoho.com',
  'fastmail.com',
  'tutanota.com',
  'tuta.io',
  'mail.com',
  'qq.com',
  '163.com',
  'naver.com',
];

const OTHER_PROVIDER_SET = new Set(OTHER_PROVIDER_DOMAINS);

/** True for another provider's free consumer mail domain (ASCII form). */
export function isOtherProviderDomain(asciiDomain: string): boolean {
  return OTHER_PROVIDER_SET.has(asciiDomain);
}
