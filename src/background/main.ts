import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { StorageError } from '../storage/errors';
import { forgetFlaggedFrames } from './frame-report';
import { syncGuardScript } from './guard-script';
import { handlers } from './handlers';
import { bsay, bt, UserFacingError } from './i18n';
import { forgetTabAddresses } from './next-hop';
import { startPolicy } from './policy';
import { startReminders } from './reminders';
import { forgetTab } from './tab-state';
import { watchTabAddresses } from './tab-watch';

export function startBackground(): void {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onHandlerError: (type, error) => console.error(`Account Helper: "${type}" failed`, error),
    // What the pages show when a handler fails, in the browser's UI language like the pages.
    publicMessage: (error) =>
      error instanceof StorageError
        ? bt(`storage.${error.code}`)
        : error instanceof UserFacingError
          ? bsay(error.said)
          : bt('error.failed'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  startPolicy();
  watchTabAddresses();
  startReminders();
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetFlaggedFrames(tabId);
    void forgetTab(tabId);
    void forgetTabAddresses(tabId);
  });

  const resyncGuard = () =>
    syncGuardScript().catch((error: unknown) =>
      console.error('Account Helper: could not update the lookalike guard', error),
    );
  browser.permissions.onAdded.addListener(resyncGuard);
  browser.permissions.onRemoved.addListener(resyncGuard);
  browser.runtime.onStartup.addListener(resyncGuard);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void resyncGuard();
    if (reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
}
