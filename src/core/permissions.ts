/**
 * The lookalike guard checks every site, which needs access to every site: an optional permission
 * the user grants from the popup or options page, never one asked for at install.
 */
export const GUARD_ORIGINS = ['https://*/*', 'http://*/*'];

export const GUARD_SCRIPT_ID = 'lookalike-guard';
