/**
 * The lookalike guard checks every site, which needs access to every site: an optional permission
 * the user grants from the popup or options page, never one asked for at install.
 */
export const GUARD_ORIGINS = ['https://*/*', 'http://*/*'];

export const GUARD_SCRIPT_ID = 'lookalike-guard';

export const GUARD_EXPLANATION =
  'To warn you about fake Microsoft sign-in pages on any site, Account Helper needs to look at ' +
  'the pages you open; it checks them on this device and sends nothing anywhere.';
