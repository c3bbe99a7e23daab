import { browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { handlers } from './handlers';
import { startPolicy } from './policy';
import { startReminders } from './reminders';
import { forgetTab } from './tab-state';

export function startBackground(): void {
  const route = createRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onHandlerError: (type, error) => console.error(`Account Helper: "${type}" failed`, error),
  });

  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  startPolicy();
  startReminders();

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
