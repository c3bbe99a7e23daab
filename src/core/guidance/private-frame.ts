/** What the panel's content script posts to its private frame on "Check this address". */
export const CHECK_MESSAGE = 'account-helper/check-address';
