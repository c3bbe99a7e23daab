import type { IDBPDatabase } from 'idb';
import type { z } from 'zod';
import { StorageError, toWriteError } from './errors';
import type { AccountHelperSchema } from './schema';
import {
  DEFAULT_SETTINGS,
  isSettingName,
  SETTING_NAMES,
  type SettingName,
  type Settings,
  SettingsSchema,
} from './settings-schema';
import {
  type RepoOptions,
  validateForWrite,
  validateOnRead,
  warnCorruptRecord,
} from './validation';

export interface SettingsRepo {
  /** The stored value, or the default when unset or invalid. */
  get<Name extends SettingName>(name: Name): Promise<Settings[Name]>;
  getAll(): Promise<Settings>;
  set<Name extends SettingName>(name: Name, value: Settings[Name]): Promise<void>;
  /** Validates every change before writing any (one transaction); returns the settings after. */
  update(changes: Partial<Settings>): Promise<Settings>;
  /** Back to the default: one setting, or all of them. */
  reset(name?: SettingName): Promise<void>;
}

function schemaWithoutDefault(name: SettingName): z.ZodType {
  return (SettingsSchema.shape[name] as z.ZodDefault<z.ZodType>).unwrap();
}

export function createSettingsRepo(
  db: IDBPDatabase<AccountHelperSchema>,
  options: RepoOptions = {},
): SettingsRepo {
  const onCorruptRecord = options.onCorruptRecord ?? warnCorruptRecord;

  function readSetting<Name extends SettingName>(name: Name, stored: unknown): Settings[Name] {
    if (stored === undefined) return DEFAULT_SETTINGS[name];
    const valid = validateOnRead(schemaWithoutDefault(name), stored, {
      store: 'settings',
      key: name,
      onCorruptRecord,
    });
    return valid === undefined ? DEFAULT_SETTINGS[name] : (valid as Settings[Name]);
  }

  function validateChanges(changes: Partial<Settings>): [SettingName, unknown][] {
    return Object.entries(changes).map(([name, value]) => {
      if (!isSettingName(name)) {
        throw new StorageError('invalid-record', `Refusing to save an unknown setting "${name}".`);
      }
      return [name, validateForWrite(schemaWithoutDefault(name), value, `"${name}" setting`)];
    });
  }

  async function getAll(): Promise<Settings> {
    const stored = new Map<string, unknown>();
    let cursor = await db.transaction('settings').store.openCursor();
    while (cursor) {
      stored.set(String(cursor.key), cursor.value);
      cursor = await cursor.continue();
    }
    const settings = { ...DEFAULT_SETTINGS };
    for (const name of SETTING_NAMES) {
      (settings as Record<SettingName, unknown>)[name] = readSetting(name, stored.get(name));
    }
    return settings;
  }

  async function update(changes: Partial<Settings>): Promise<Settings> {
    const validated = validateChanges(changes);
    try {
      const tx = db.transaction('settings', 'readwrite');
      await Promise.all([...validated.map(([name, value]) => tx.store.put(value, name)), tx.done]);
    } catch (error) {
      throw toWriteError(error, 'settings');
    }
    return getAll();
  }

  return {
    getAll,
    update,

    async get(name) {
      return readSetting(name, await db.get('settings', name));
    },

    async set(name, value) {
      await update({ [name]: value } as Partial<Settings>);
    },

    async reset(name) {
      try {
        if (name === undefined) await db.clear('settings');
        else await db.delete('settings', name);
      } catch (error) {
        throw toWriteError(error, 'settings');
      }
    },
  };
}
