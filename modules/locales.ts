/**
 * The manifest's words in every language (WXT module, auto-loaded from `modules/`).
 *
 * The name, the description and the toolbar button's title come from the same typed catalogs as
 * the rest of the extension (`src/core/i18n/messages/manifest/`): at build time this module
 * writes them to `_locales/<lang>/messages.json` and points the manifest at them
 * (`__MSG_extName__`…, `default_locale: "en"`). The browser shows the user's language, and the
 * stores list the extension in each.
 */
import { defineWxtModule } from 'wxt/modules';
import { LOCALES } from '../src/core/i18n/locales';
import { MANIFEST_CATALOGS, type ManifestKey } from '../src/core/i18n/messages/manifest';

export const DEFAULT_LOCALE = 'en';

/** What each message is, for translators reading `messages.json`. */
const DESCRIPTIONS: Readonly<Record<ManifestKey, string>> = {
  extName: 'The extension’s name, in the browser and the stores.',
  extDescription: 'The extension’s description, in the stores: at most 132 characters.',
  actionTitle: 'The toolbar button’s title.',
};

/** `_locales/<lang>/messages.json` for every language, as WXT's generated public files. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LOCALES.map((locale) => {
    const catalog = MANIFEST_CATALOGS[locale];
    const messages = Object.fromEntries(
      (Object.keys(DESCRIPTIONS) as ManifestKey[]).map((key) => [
        key,
        { message: catalog[key], description: DESCRIPTIONS[key] },
      ]),
    );
    return {
      relativeDest: `_locales/${locale}/messages.json`,
      contents: `${JSON.stringify(messages, null, 2)}\n`,
    };
  });
}

/** Manifest fields this module sets (structural, so it fits WXT's manifest type). */
export interface LocalizedManifest {
  name: string;
  description?: string | undefined;
  default_locale?: string | undefined;
  action?: { default_title?: string | undefined } | undefined;
}

export function applyLocalesToManifest(manifest: LocalizedManifest): void {
  manifest.name = '__MSG_extName__';
  manifest.description = '__MSG_extDescription__';
  manifest.default_locale = DEFAULT_LOCALE;
  manifest.action = { ...manifest.action, default_title: '__MSG_actionTitle__' };
}

export default defineWxtModule({
  name: 'account-helper:locales',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      const ours = localeFiles();
      const paths = new Set(ours.map((file) => file.relativeDest));
      // The catalogs win over any same-named file in public/.
      for (let i = files.length - 1; i >= 0; i--) {
        const file = files[i];
        if (file && paths.has(file.relativeDest)) files.splice(i, 1);
      }
      files.push(...ours);
    });
    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      applyLocalesToManifest(manifest);
    });
  },
});
