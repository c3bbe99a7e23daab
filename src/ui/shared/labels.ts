import {
  PAGE_KINDS,
  type PageKind,
  SERVICES,
  type Service,
  VERDICTS,
  type Verdict,
} from '../../core/detection/types';
import { locale, t } from './i18n';

export const VERDICT_HEADLINES = Object.fromEntries(
  VERDICTS.map((verdict) => [verdict, t(`verdict.${verdict}`)]),
) as Record<Verdict, string>;

export const PAGE_KIND_LABELS = Object.fromEntries(
  PAGE_KINDS.map((kind) => [kind, t(`page-kind.${kind}`)]),
) as Record<PageKind, string>;

export const SERVICE_LABELS = Object.fromEntries(
  SERVICES.map((service) => [service, t(`service.${service}`)]),
) as Record<Service, string>;

export function serviceLabel(service: string | null): string | null {
  if (!service) return null;
  return (SERVICE_LABELS as Record<string, string>)[service] ?? service;
}

export function pageKindLabel(kind: string | null): string | null {
  if (!kind) return null;
  return (PAGE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export function formatWhen(epochMs: number, now = Date.now()): string {
  const minutes = Math.round((now - epochMs) / 60_000);
  if (minutes < 1) return t('when.just-now');
  if (minutes < 60) return t('when.minutes', { count: minutes });
  return new Date(epochMs).toLocaleString(locale);
}
