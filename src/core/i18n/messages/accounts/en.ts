/**
 * What the account check's core says, in English, the reference: why an address can't be read,
 * what the address alone tells, the follow-up questions, and Microsoft's answers
 * (`src/core/accounts/` builds its sentences from it).
 */
export const ACCOUNTS_EN = {
  // Why what was typed isn't an address (parse-address.ts, parse-phone.ts).
  'address.empty': 'Please type an email address or phone number.',
  'address.missing-at':
    'An email address needs an @ between the name and the domain, like jane@outlook.com.',
  'address.missing-at.domain-only':
    'This looks like only the end of an address. Add your name and an @ before it, like jane@{domain}.',
  'address.quoted-local-part':
    'This address has quotation marks before the @. That is rare, and Microsoft accounts don’t accept it.',
  'address.contains-space':
    'Email addresses can’t contain spaces. Check for a space before or after the @.',
  'address.multiple-at': 'This has more than one @. An email address has exactly one.',
  'address.empty-local-part': 'The part before the @ is missing, like “jane” in jane@outlook.com.',
  'address.empty-domain':
    'The part after the @ is missing, like “outlook.com” in jane@outlook.com.',
  'address.address-too-long':
    'This address is too long. Email addresses have at most 254 characters.',
  'address.local-non-ascii':
    'The part before the @ has accented or non-Latin letters. Microsoft sign-in needs plain letters, digits and a few symbols there.',
  'address.local-bad-character': 'The part before the @ can’t contain {character}.',
  'address.domain-bad-character': 'The part after the @ can’t contain {character}.',
  'address.character.quotes': 'quotation marks',
  'address.character.control': 'invisible control characters',
  'address.character.other': '“{character}”',
  'address.local-leading-dot': 'The part before the @ can’t start with a dot.',
  'address.local-trailing-dot':
    'The part before the @ can’t end with a dot. Is there a stray dot just before the @?',
  'address.local-double-dot':
    'The part before the @ has two dots in a row. There should be only one.',
  'address.local-too-long': 'The part before the @ is too long: it can have at most 64 characters.',
  'address.domain-ip-address':
    'The part after the @ is a network address. Microsoft accounts need a domain name like outlook.com.',
  'address.domain-invalid-idn':
    'The part after the @ has letters that can’t be used in a domain name.',
  'address.domain-too-long':
    'The part after the @ is too long: domain names have at most 253 characters.',
  'address.label-too-long':
    'One piece of the domain, between the dots, is longer than the 63 characters allowed.',
  'address.label-hyphen':
    'A piece of the domain starts or ends with a hyphen, which domain names don’t allow.',
  'address.domain-bad-ending':
    'The domain can’t end in “.{ending}”. It should end like .com or .co.uk.',
  'address.domain-leading-dot': 'The part after the @ can’t start with a dot.',
  'address.domain-trailing-dot': 'The address can’t end with a dot.',
  'address.domain-double-dot':
    'The part after the @ has two dots in a row. There should be only one.',
  'address.domain-missing-dot':
    'The part after the @ needs a dot, like outlook.com or example.co.uk.',
  'address.phone-too-short':
    'This looks like a phone number, but it is too short. Check that no digits are missing.',
  'address.phone-too-long':
    'This looks like a phone number, but it has too many digits. Phone numbers have at most 15.',

  // What the address alone says (offline-answer.ts, lookalike-domains.ts).
  'account.reason.phone-sign-in':
    'A phone number can be the sign-in name of a Microsoft account, often one made on a phone or, in the past, for Skype. The number alone doesn’t tell us whether it is.',
  'account.reason.phone-no-country-code':
    'Add your country code at the start, like +1 or +44, so it matches how Microsoft saved it.',
  'account.reason.consumer-domain':
    'Every @{domain} address is a personal Microsoft account. If this address is yours, you already have one.',
  'account.reason.plus-alias': 'The part after the + is an alias. The account itself is {base}.',
  'account.reason.tenant-domain':
    'Addresses ending in .{suffix} are made by an organisation for its work or school accounts.',
  'account.reason.tenant-domain-incomplete':
    'Work and school addresses look like name@yourorg.{domain}. The organisation’s name is missing here.',
  'account.reason.any-address':
    'An @{domain} address could be a personal account, a work or school account, or not a Microsoft account yet. Any email address can become one.',
  'account.reason.other-provider':
    'An @{domain} address can’t be a work or school account, but it can be a personal Microsoft account: any email address can become one.',
  'account.reason.microsoft-subdomain':
    '{domain} is part of Microsoft’s website, not a mail domain. Microsoft’s mail addresses end in just @{parent}.',
  'account.reason.lookalike-domain':
    '{domain} only looks like {imitated}. It is a different domain, not a Microsoft address.',
  'account.reason.possible-typo': '{domain} isn’t a Microsoft address. Did you mean {suggestion}?',
  'account.reason.unlisted-microsoft-name':
    '{domain} isn’t on our list of Microsoft mail domains, though the name looks like one. If it really is your address, signing in with it will tell you.',

  // What the person's list, their sign-ins and their answers say (answer-for.ts).
  'account.reason.in-your-accounts.personal':
    'This address is in your list of accounts, as a personal account.',
  'account.reason.in-your-accounts.work-school':
    'This address is in your list of accounts, as a work or school account.',
  'account.reason.in-your-accounts.both':
    'This address is in your list of accounts, as both a personal and a work or school account.',
  'account.reason.in-your-accounts': 'This address is in your list of accounts.',
  'account.reason.seen-signing-in':
    'You’ve typed this address on a real Microsoft sign-in page before, so it is probably a Microsoft account.',
  'account.reason.no-hints':
    'Nothing you told us points to a Microsoft account for this address. Any address can become one, so a quick check is still worth it.',
  'account.reason.used':
    'You’ve used {service}. If you used this address there, it is already a Microsoft account. {where}',

  // The follow-up questions (follow-up-questions.ts).
  'question.outlook-hotmail.service': 'Outlook.com or Hotmail',
  'question.outlook-hotmail':
    'Have you ever had an Outlook.com, Hotmail, Live or MSN email address?',
  'question.outlook-hotmail.where':
    'That email address is itself your Microsoft account. Look for it in your contacts, old messages, or a phone you set up with it.',
  'question.onedrive.service': 'OneDrive',
  'question.onedrive': 'Have you saved files in OneDrive?',
  'question.onedrive.where':
    'Open the OneDrive app, go to its Settings, then Account: the address shown there is the one you used.',
  'question.skype.service': 'Skype',
  'question.skype': 'Did you ever use Skype (before it closed in May 2025)?',
  'question.skype.where':
    'Skype showed your sign-in address on your profile. If you signed in with a Skype name, that name was linked to a Microsoft account too.',
  'question.xbox.service': 'Xbox',
  'question.xbox': 'Have you played on an Xbox or with Xbox on a PC?',
  'question.xbox.where':
    'On the console, open Settings, then Account: your sign-in address is shown there.',
  'question.windows-phone.service': 'Windows phone',
  'question.windows-phone': 'Have you had a Windows phone?',
  'question.windows-phone.where':
    'On the phone, open Settings, then Email + accounts: the Microsoft account is listed there.',
  'question.office.service': 'Office or Microsoft 365',
  'question.office': 'Have you signed in to Office or Microsoft 365, at home, work or school?',
  'question.office.where':
    'In any Office app such as Word, open File, then Account: the address you signed in with is shown.',
  'question.windows-sign-in.service': 'Windows',
  'question.windows-sign-in': 'Do you sign in to a Windows computer with an email address?',
  'question.windows-sign-in.where':
    'On the computer, open Settings, then Accounts, then Your info: the address is shown under your name.',

  // Microsoft's answer (lookup-outcome.ts, credential-type.ts).
  'lookup.timeout': 'Microsoft took too long to answer. Please try again in a moment.',
  'lookup.timeout.reason': 'No answer within {seconds} seconds.',
  'lookup.network': 'We couldn’t reach Microsoft. Check that you’re online, then try again.',
  'lookup.network.reason': 'The request didn’t get through.',
  'lookup.throttled':
    'Microsoft asked us to slow down. Please wait a few minutes before checking again.',
  'lookup.throttled.http-429': 'Microsoft answered “too many requests”.',
  'lookup.throttled.status': 'Microsoft said it is limiting lookups right now.',
  'lookup.exists-both':
    'This address has two Microsoft accounts: a personal one and a work or school one.',
  'lookup.exists-both.reason':
    'Microsoft knows this address in both its personal and its work or school sign-in.',
  'lookup.not-found':
    'Microsoft doesn’t know this address as a sign-in name. You may have used another address or your phone number — or you can turn this one into a Microsoft account.',
  'lookup.not-found.reason': 'Microsoft said no account uses this address.',
  'lookup.unknown': 'Microsoft’s answer didn’t say either way. Please try again later.',
  'lookup.unknown.missing': 'The answer had no account result in it.',
  'lookup.unknown.code': 'The answer had a result code ({code}) we don’t read as yes or no.',
  'lookup.exists-personal': 'Good news: this address is already a personal Microsoft account.',
  'lookup.exists-personal.reason': 'Microsoft knows this address as a personal account.',
  'lookup.exists-work-school':
    'This address is already a work or school account, run by an organisation.',
  'lookup.exists-work-school.reason': 'Microsoft knows this address as a work or school account.',
  'lookup.federated': 'The organisation signs you in on its own page, at {host}.',
  'lookup.unmanaged-organisation':
    'This work account was made by signing up with a work address, not set up by an IT department.',
  'lookup.http.server':
    'Microsoft’s lookup is having trouble right now. Please try again in a few minutes.',
  'lookup.http.refused': 'Microsoft turned down the lookup. Please try again later.',
  'lookup.http.reason': 'Microsoft answered with error {status}.',
  'lookup.malformed': 'Microsoft’s answer didn’t make sense to us. Please try again later.',
  'lookup.malformed.empty': 'The answer was empty.',
  'lookup.malformed.json': 'The answer wasn’t valid JSON.',
  'lookup.malformed.shape': 'The answer didn’t have the shape we expect.',

  // Why the background didn't ask (account-lookup.ts, account-handlers.ts).
  'lookup.refused.phone-number':
    'Microsoft can be asked about email addresses only. To check a phone number, try signing in with it.',
  'lookup.refused.lookups-off': 'Asking Microsoft is turned off in Account Helper’s settings.',
  'lookup.refused.by-organisation':
    'Your organisation turned off asking Microsoft about addresses.',
  'lookup.refused.rate-limited':
    'You’ve asked several times in a short while. To be fair to Microsoft, please wait {wait} and try again.',
  'wait.seconds.one': '{count} second',
  'wait.seconds.other': '{count} seconds',
  'wait.minute': 'a minute',
  'wait.minutes': '{count} minutes',
} as const;

export type AccountsKey = keyof typeof ACCOUNTS_EN;
