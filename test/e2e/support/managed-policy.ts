import { createHash, randomUUID } from 'node:crypto';
import {
  accessSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type BrowserName,
  type BuildVariant,
  buildDir,
  type ExtensionBrowser,
  launchWithExtension,
} from './launch';

/**
 * Real enterprise policies for the e2e tests: Chromium reads JSON files in
 * `/etc/chromium/policies/managed/` (and watches that folder while it runs), Firefox reads
 * `distribution/policies.json` next to its binary when it starts. Both are machine-wide, and other
 * test runs may use the browsers at the same time, so the extension under test is a copy of the
 * build with an identity of its own: Chromium names an unpacked extension after its folder's path,
 * and the Firefox copy gets its own add-on ID. A policy written for that identity reaches nothing
 * else. Writing these files needs root (the tests skip otherwise).
 */

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
export const FIREFOX_POLICIES_FILE = '/usr/lib/firefox-esr/distribution/policies.json';
const FILE_PREFIX = 'account-helper-e2e-';
const COPY_PREFIX = 'account-helper-policy-';
const STALE_MS = 60 * 60 * 1000;

/** Why the policy tests can't run here (the folder can't be written), or null when they can. */
export function policyUnavailable(name: BrowserName): string | null {
  const folder = name === 'chromium' ? CHROMIUM_POLICY_DIR : dirname(FIREFOX_POLICIES_FILE);
  try {
    if (name === 'chromium') mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return `${folder} can't be written (the policy tests run as root)`;
  }
}

/** Chromium's ID for an unpacked extension: SHA-256 of its absolute path, 32 hex digits as a–p. */
export function chromiumExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export interface BuildCopy {
  dir: string;
  /** Chromium: the ID its path gives it. Firefox: the add-on ID written into its manifest. */
  id: string;
  /** Firefox only: the fixed `moz-extension://` UUID the launch maps the ID to. */
  uuid: string;
  remove(): void;
}

/** A copy of a production build under a unique path (and, for Firefox, a unique add-on ID). */
export function copyBuild(name: BrowserName, variant: BuildVariant): BuildCopy {
  removeStale(tmpdir(), COPY_PREFIX, true);
  const root = realpathSync(mkdtempSync(join(tmpdir(), COPY_PREFIX)));
  const dir = join(root, `${name}-${variant}`);
  // Someone may be rebuilding .output right now: copy again until the copy is whole.
  waitForSync(() => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(buildDir(name, variant), dir, { recursive: true });
    return existsSync(join(dir, 'manifest.json')) && existsSync(join(dir, 'background.js'));
  });
  let id = chromiumExtensionId(dir);
  const uuid = randomUUID();
  if (name === 'firefox') {
    id = `${COPY_PREFIX}${uuid.slice(0, 8)}@account-helper.org`;
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.browser_specific_settings.gecko.id = id;
    writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  return { dir, id, uuid, remove: () => rmSync(root, { recursive: true, force: true }) };
}

function waitForSync(attempt: () => boolean): void {
  for (let tries = 0; tries < 5; tries++) {
    try {
      if (attempt()) return;
    } catch {
      // a file vanished mid-copy
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  }
  throw new Error('Could not copy the build: run "npm run build" (or wait for a rebuild to end).');
}

/** Removes what an earlier, interrupted run left behind (older than an hour). */
function removeStale(dir: string, prefix: string, folders: boolean): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (!entry.startsWith(prefix)) continue;
    const path = join(dir, entry);
    try {
      const stat = statSync(path);
      if (stat.isDirectory() === folders && Date.now() - stat.mtimeMs > STALE_MS) {
        rmSync(path, { recursive: true, force: true });
      }
    } catch {
      // gone already
    }
  }
}

export type ExtensionPolicy = Record<string, unknown>;

/** One uniquely named file in Chromium's managed policy folder, for extensions by ID. */
export class ChromiumPolicyFile {
  readonly path = join(CHROMIUM_POLICY_DIR, `${FILE_PREFIX}${process.pid}-${randomUUID()}.json`);

  write(policies: Record<string, ExtensionPolicy>): void {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    removeStale(CHROMIUM_POLICY_DIR, FILE_PREFIX, false);
    writeFileSync(this.path, JSON.stringify({ '3rdparty': { extensions: policies } }, null, 2));
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}

/**
 * Firefox's one `policies.json`: our entry is merged into whatever is there, and the file is put
 * back exactly as it was (or removed, if there was none) afterwards.
 */
export class FirefoxPoliciesFile {
  private original: string | null = null;
  private written = false;

  write(addonId: string, policy: ExtensionPolicy): void {
    const path = FIREFOX_POLICIES_FILE;
    if (!this.written)
      this.original = existsSync(path) ? originalOf(readFileSync(path, 'utf8')) : null;
    const base: Record<string, unknown> = this.original
      ? withoutOurEntries(JSON.parse(this.original))
      : {};
    const policies = child(base, 'policies');
    const extensions = child(child(policies, '3rdparty'), 'Extensions');
    extensions[addonId] = policy;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(base, null, 2));
    this.written = true;
  }

  restore(): void {
    if (!this.written) return;
    if (this.original === null) rmSync(FIREFOX_POLICIES_FILE, { force: true });
    else writeFileSync(FIREFOX_POLICIES_FILE, this.original);
    this.written = false;
  }
}

function child(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = parent[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  const created: Record<string, unknown> = {};
  parent[key] = created;
  return created;
}

/**
 * What to put back: the file as it was, or (when an interrupted run of these tests left entries
 * of its own in it) the file without them, or nothing if nothing else was in it.
 */
function originalOf(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  if (!text.includes(COPY_PREFIX)) return text;
  const cleaned = withoutOurEntries(parsed as { policies?: Record<string, unknown> });
  const extensions = (cleaned.policies?.['3rdparty'] as { Extensions?: object } | undefined)
    ?.Extensions;
  const onlyOurs =
    Object.keys(cleaned).length === 1 &&
    Object.keys(cleaned.policies ?? {}).length === 1 &&
    Object.keys((cleaned.policies?.['3rdparty'] as object | undefined) ?? {}).length === 1 &&
    Object.keys(extensions ?? {}).length === 0;
  return onlyOurs ? null : JSON.stringify(cleaned, null, 2);
}

/** Our entries' IDs are unique to these tests: everything else is left as it is. */
function withoutOurEntries(parsed: { policies?: Record<string, unknown> }) {
  const extensions = (parsed.policies?.['3rdparty'] as { Extensions?: Record<string, unknown> })
    ?.Extensions;
  for (const id of Object.keys(extensions ?? {})) {
    if (id.startsWith(COPY_PREFIX)) delete extensions?.[id];
  }
  return parsed;
}

export interface CopyLaunchOptions {
  /** Kept between launches to restart the browser with the same profile. */
  userDataDir: string;
}

/** Launches a browser with a build copy (see `copyBuild`) installed, like `launchWithExtension`. */
export function launchCopy(
  name: BrowserName,
  copy: BuildCopy,
  { userDataDir }: CopyLaunchOptions,
): Promise<ExtensionBrowser> {
  return launchWithExtension(name, 'store', { userDataDir, extension: copy });
}

/** A fresh profile folder for a browser that will be restarted. */
export function profileDir(): string {
  return mkdtempSync(join(tmpdir(), `${COPY_PREFIX}profile-`));
}
