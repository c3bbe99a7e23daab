import type { PageKind, Service } from '../detection/types';
import { type Translate, translator } from '../i18n/catalog';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { AVAILABLE_LOCALES, CATALOGS, type MessageKey } from './catalog';
import { PERMISSIONS } from './consent/permissions';
import { COACH_STEPS } from './kinds/sign-up';
import { LINKS, urlFor } from './links';
import { GUIDANCE } from './registry';
import {
  ADDRESS_ANSWERS,
  type AddressAnswer,
  type Audience,
  audienceOf,
  type CoachText,
  type ConsentText,
  type DuplicateText,
  EXISTING_ACCOUNT_REASONS,
  type ExistingAccountReason,
  type GuidanceView,
  STRENGTH_HINTS,
  STRENGTH_LEVELS,
  type StrengthHint,
  type StrengthLevel,
} from './types';

type T = Translate<MessageKey>;

function record<Id extends string>(
  ids: readonly Id[],
  text: (id: Id) => string,
): Record<Id, string> {
  return Object.fromEntries(ids.map((id) => [id, text(id)])) as Record<Id, string>;
}

function coachText(t: T): CoachText {
  return {
    heading: t('sign-up.coach.heading'),
    fallback: t('sign-up.coach.fallback'),
    current: t('sign-up.coach.current'),
    done: t('sign-up.coach.done'),
    skipped: t('sign-up.coach.skipped'),
    steps: COACH_STEPS.map((step) => ({
      id: step.id,
      label: t(step.label),
      detail: t(step.detail),
    })),
  };
}

function duplicateText(t: T): DuplicateText {
  return {
    title: t('duplicate.title'),
    // `{address}` stays in: the content script fills it in (`format` keeps unknown placeholders).
    body: t('duplicate.body'),
    because: record<ExistingAccountReason>(EXISTING_ACCOUNT_REASONS, (reason) =>
      t(`duplicate.because.${reason}`),
    ),
    signIn: t('duplicate.sign-in'),
    recover: t('duplicate.recover'),
  };
}

function consentText(t: T, audience: Audience): ConsentText {
  return {
    appNamed: t('consent.app.named'),
    appUnnamed: t('consent.app.unnamed'),
    admin: t('consent.admin'),
    waiting: t('consent.waiting'),
    publisher: {
      verified: t('consent.publisher.verified'),
      unverified: t('consent.publisher.unverified'),
      unknown: t('consent.publisher.unknown'),
    },
    permissionsHeading: t('consent.permissions.heading'),
    permissionsNone: t('consent.permissions.none'),
    permissionOther: t('consent.permissions.other'),
    permissions: record(PERMISSIONS, (permission) => t(`consent.permission.${permission}`)),
    warningTitle: t('consent.warning.title'),
    warningBody: t('consent.warning.body'),
    warningAction: t('consent.warning.action'),
    calm: t('consent.calm'),
    removeLabel: t('consent.remove.link'),
    removeUrl: urlFor(LINKS.appAccess, audience),
  };
}

/**
 * One page kind's guidance in one language, for one audience: what the content script renders.
 * A language without a catalog gets English.
 */
export function guidanceView(
  kind: PageKind,
  requested: Locale,
  service: Service | null = null,
): GuidanceView {
  const locale = AVAILABLE_LOCALES.includes(requested) ? requested : DEFAULT_LOCALE;
  const t = translator(CATALOGS, locale);
  const audience: Audience = audienceOf(service);
  const spec = GUIDANCE[kind];
  const title = t(spec.title);
  const has = (widget: (typeof spec.widgets)[number]) => spec.widgets.includes(widget);

  const view: GuidanceView = {
    kind,
    locale,
    audience,
    panel: {
      toggle: t('panel.toggle'),
      region: t('panel.region', { title }),
      title,
      startOpen: spec.startOpen === true,
    },
    sections: spec.sections
      .filter((section) => section.audience === undefined || section.audience === audience)
      .map((section) => ({
        id: section.id,
        heading: t(section.heading),
        paragraphs: section.paragraphs.map((key) => t(key)),
        links: (section.links ?? []).map((link) => ({
          label: t(link.label),
          url: urlFor(link.url, audience),
        })),
        ...(section.steps ? { steps: [...section.steps] } : {}),
      })),
  };
  if (has('coach')) view.coach = coachText(t);
  if (has('duplicate')) view.duplicate = duplicateText(t);
  if (has('strength')) {
    view.strength = {
      heading: t('strength.heading'),
      privacy: t('strength.privacy'),
      rule: t('strength.rule'),
      levels: record<StrengthLevel>(STRENGTH_LEVELS, (level) => t(`strength.level.${level}`)),
      hints: record<StrengthHint>(STRENGTH_HINTS, (hint) => t(`strength.hint.${hint}`)),
    };
  }
  if (has('accounts')) {
    view.accounts = {
      heading: t('accounts.heading'),
      intro: t('accounts.intro'),
      none: t('accounts.none'),
      deviceToggle: t('accounts.device-toggle'),
      deviceWarning: t('accounts.device-warning'),
      deviceAlways: spec.deviceAlways === true,
      checkButton: t('accounts.check-button'),
      checkEmpty: t('accounts.check-empty'),
      checkFailed: t('accounts.check-failed'),
      answers: record<AddressAnswer>(ADDRESS_ANSWERS, (answer) => t(`accounts.answer.${answer}`)),
    };
  }
  if (has('consent')) view.consent = consentText(t, audience);
  if (has('device-check')) {
    view.deviceCode = {
      linkHeading: t('device-code.link.heading'),
      linkBody: t('device-code.link.p1'),
      confirmHeading: t('device-code.confirm.heading'),
      confirmNamed: t('device-code.confirm.named'),
      confirmUnnamed: t('device-code.confirm.unnamed'),
    };
  }
  if (has('review')) {
    view.review = {
      heading: t('review.heading'),
      intro: t('review.intro'),
      choose: t('review.choose'),
      button: t('review.button'),
      recorded: t('review.recorded'),
      notListed: t('review.not-listed'),
      noAccounts: t('review.no-accounts'),
      failed: t('review.failed'),
    };
  }
  return view;
}
