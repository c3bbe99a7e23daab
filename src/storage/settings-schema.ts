import { z } from 'zod';

/** Every setting with its default; a stored value that fails its schema reads as the default. */
export const SettingsSchema = z.object({
  /** Keep the addresses typed on sign-in pages in the accounts list. */
  rememberSignInAddresses: z.boolean().default(false),
  /** Allow asking Microsoft whether an address is an account. */
  allowOnlineLookups: z.boolean().default(true),
  /** How often to remind the user to review their recovery info. */
  reminderIntervalMonths: z.number().int().min(1).max(12).default(6),
  /** Warn before typing into a page that looks like, but is not, a Microsoft sign-in page. */
  lookalikeGuard: z.boolean().default(true),
  /** Hosts whose lookalike warning the user chose to pass ("I understand the risk"). */
  dismissedLookalikeHosts: z.array(z.string().min(1).max(253)).max(1000).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingName = keyof Settings;

export const SETTING_NAMES = Object.keys(SettingsSchema.shape) as SettingName[];
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(SettingsSchema.parse({}));

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(SettingsSchema.shape, name);
}
