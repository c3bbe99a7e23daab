import { browser } from 'wxt/browser';
import type { Verdict } from '../core/detection/types';

const ICON_SIZES = [16, 32, 48, 128] as const;

const LOOKS: Record<Verdict, { text: string; color: string; icon: string; title: string }> = {
  microsoft: {
    text: '✓',
    color: '#107c41',
    icon: 'icon-genuine',
    title: 'Account Helper: a genuine Microsoft page',
  },
  lookalike: {
    text: '!',
    color: '#c50f1f',
    icon: 'icon-lookalike',
    title: 'Account Helper: this page imitates Microsoft',
  },
  other: { text: '', color: '#5c5c5c', icon: 'icon', title: 'Account Helper' },
};

function iconPaths(name: string): Record<number, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [size, `/icons/${name}-${size}.png`]));
}

/** Marks the toolbar button for one tab. A closed tab makes these calls fail: that is fine. */
export async function showVerdictOnToolbar(tabId: number, verdict: Verdict): Promise<void> {
  const look = LOOKS[verdict];
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: look.title }),
    browser.action.setIcon({ tabId, path: iconPaths(look.icon) }),
  ]);
}
