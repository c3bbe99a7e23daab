import type { PageKind, Service, Verdict } from '../../core/detection/types';

export const VERDICT_HEADLINES: Record<Verdict, string> = {
  microsoft: 'This is a genuine Microsoft page',
  lookalike: 'Careful: this page imitates Microsoft',
  other: 'This is not a Microsoft sign-in page',
};

export const PAGE_KIND_LABELS: Record<PageKind, string> = {
  'sign-in': 'Sign-in page',
  'sign-up': 'Create-an-account page',
  'password-reset': 'Password reset page',
  'account-recovery': 'Account recovery page',
  'security-info': 'Security info page',
  'account-home': 'Account overview',
  'sign-out': 'Sign-out page',
  'device-code': 'Device sign-in page',
};

export const SERVICE_LABELS: Record<Service, string> = {
  'microsoft-account': 'Personal Microsoft account',
  'work-school': 'Work or school account (Microsoft Entra ID)',
  'us-government': 'US government cloud',
  china: 'Microsoft cloud in China (21Vianet)',
};

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
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return new Date(epochMs).toLocaleString();
}
