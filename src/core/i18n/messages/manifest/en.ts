/**
 * The manifest's words, in English: the build writes them, with their translations, to
 * `_locales/<lang>/messages.json` (modules/locales.ts), where the browser and the stores read them.
 * The description has at most 132 characters (the Chrome Web Store's limit), in every language.
 */
export const MANIFEST_EN = {
  extName: 'Account Helper',
  extDescription:
    'Spot genuine Microsoft sign-in pages and lookalikes, see if you already have a Microsoft account, and keep recovery info current.',
  actionTitle: 'Account Helper',
} as const;

export type ManifestKey = keyof typeof MANIFEST_EN;
