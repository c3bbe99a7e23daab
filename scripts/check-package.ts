/**
 * Checks the zips `npm run zip` made, before anyone uploads them (it runs as the last step of
 * `npm run zip`, and on its own with `npx tsx scripts/check-package.ts`):
 *
 * - the Chrome and Firefox store zips: a manifest with package.json's version, a short enough
 *   description, the browser's own keys, every file the manifest names, nothing from an e2e build,
 *   no source maps or sources, and no code a store forbids: eval or the Function constructor,
 *   remote scripts, HTML written from a variable (Chrome has no `web-ext lint`, so this is its
 *   check);
 * - the Firefox sources zip: what Mozilla's reviewers need to rebuild the add-on (README.md has
 *   the steps), every file of the folders the build reads, a package-lock.json that `npm ci`
 *   accepts on every platform, and nothing from build outputs, node_modules, test results or
 *   scratch folders; then it does what a reviewer does: unpacks the sources in a temporary
 *   folder, builds Firefox there (with this checkout's node_modules, the same versions `npm ci`
 *   installs) and compares the result with the Firefox zip, file by file.
 *
 * Prints one line per check and every problem found; exits 1 if there was any.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------
// Reading a zip: the central directory lists every entry; deflated entries inflate with zlib.

export interface ZipArchive {
  names: string[];
  /** The entry's bytes, or undefined when there is no such entry. */
  read(name: string): Buffer | undefined;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export function readZip(zip: Buffer): ZipArchive {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, { method: number; size: number; offset: number }>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method, size, offset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      const local = entry.offset;
      if (zip.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Error(`corrupt entry ${name}`);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + entry.size);
      if (entry.method === 0) return data;
      if (entry.method === 8) return inflateRawSync(data);
      throw new Error(`${name}: unsupported compression method ${entry.method}`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Code a store rejects.

const CODE_RULES: ReadonlyArray<{ pattern: RegExp; problem: string }> = [
  { pattern: /(?<![\w$.])eval\s*\(/, problem: 'calls eval()' },
  // Any use of the Function constructor, also through an alias (`let F = Function; new F(...)`).
  // `Function.prototype…` and `Function.call…` only read its properties.
  { pattern: /(?<![\w$.])Function(?![\w$]|\s*\.)/, problem: 'uses the Function constructor' },
  { pattern: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, problem: 'runs a string as code' },
  { pattern: /\bimportScripts\s*\(/, problem: 'loads a script with importScripts()' },
  { pattern: /\bimport\s*\(\s*["'`](?:https?:)?\/\//, problem: 'imports remote code' },
  {
    // A literal ('' or a fixed string) is fine; anything else is HTML from a variable.
    pattern: /\.(?:inner|outer)HTML\s*=(?!=)\s*(?!(?:"[^"]*"|'[^']*'|`[^`$]*`)\s*[,;)}\n])/,
    problem: 'writes innerHTML/outerHTML from a variable',
  },
  { pattern: /\.insertAdjacentHTML\s*\(/, problem: 'calls insertAdjacentHTML()' },
  { pattern: /\bdocument\.write(?:ln)?\s*\(/, problem: 'calls document.write()' },
  { pattern: /\.createContextualFragment\s*\(/, problem: 'calls createContextualFragment()' },
];

const HTML_RULES: ReadonlyArray<{ pattern: RegExp; problem: string }> = [
  { pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i, problem: 'loads a remote script' },
  {
    pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i,
    problem: 'loads a remote stylesheet or module',
  },
  { pattern: /<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i, problem: 'has an inline script' },
];

/** What a store would object to in one built file (empty when nothing). */
export function findCodeProblems(file: string, text: string): string[] {
  const rules = /\.(?:m?js)$/.test(file) ? CODE_RULES : /\.html?$/.test(file) ? HTML_RULES : [];
  return rules.filter((rule) => rule.pattern.test(text)).map((rule) => `${file} ${rule.problem}`);
}

// ---------------------------------------------------------------------------------------------
// The store zips.

export type StoreBrowser = 'chrome' | 'firefox';

/** The e2e build's stand-in for Microsoft's endpoint (wxt.config.ts); never in a store zip. */
const E2E_MARKERS = ['127.0.0.1:47613', 'localhost:47613'];
/** Chrome Web Store's limit for the manifest description. */
const MAX_DESCRIPTION = 132;

interface Manifest {
  manifest_version?: number;
  default_locale?: string;
  name?: string;
  version?: string;
  description?: string;
  minimum_chrome_version?: string;
  host_permissions?: string[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string; default_icon?: Record<string, string> };
  options_ui?: { page?: string };
  icons?: Record<string, string>;
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
  };
}

const MESSAGE_KEY = /^__MSG_(\w+)__$/;

/** `_locales/<locale>/messages.json` of the zip: locale → message name (lower case) → text. */
function readLocales(archive: ZipArchive): Map<string, Map<string, string>> {
  const locales = new Map<string, Map<string, string>>();
  for (const name of archive.names) {
    const match = /^_locales\/([^/]+)\/messages\.json$/.exec(name);
    if (!match?.[1]) continue;
    const messages = new Map<string, string>();
    try {
      const parsed = JSON.parse(archive.read(name)?.toString('utf8') ?? '{}') as Record<
        string,
        { message?: string }
      >;
      for (const [key, value] of Object.entries(parsed)) {
        if (typeof value?.message === 'string') messages.set(key.toLowerCase(), value.message);
      }
    } catch {
      // An unreadable catalog leaves its messages unresolved, which the checks then report.
    }
    locales.set(match[1], messages);
  }
  return locales;
}

/** A manifest string with `__MSG_name__` resolved in `locale` (undefined when it can't be). */
function localised(
  value: string | undefined,
  locale: string | undefined,
  locales: Map<string, Map<string, string>>,
): string | undefined {
  const key = MESSAGE_KEY.exec(value ?? '')?.[1];
  if (!key) return value;
  return locale ? locales.get(locale)?.get(key.toLowerCase()) : undefined;
}

/** Every file the manifest points at. */
function manifestFiles(manifest: Manifest): string[] {
  return [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    ...(manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
  ]
    .filter((file): file is string => typeof file === 'string')
    .map((file) => file.replace(/^\//, ''));
}

export function checkStoreArchive(
  archive: ZipArchive,
  browser: StoreBrowser,
  pkg: { version: string },
): string[] {
  const problems: string[] = [];
  const names = new Set(archive.names);
  const text = (name: string) => archive.read(name)?.toString('utf8') ?? '';

  if (!names.has('manifest.json')) return ['no manifest.json at the top of the zip'];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text('manifest.json')) as Manifest;
  } catch {
    return ['manifest.json is not JSON'];
  }
  if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3');
  const locales = readLocales(archive);
  const name = localised(manifest.name, manifest.default_locale, locales);
  if (name !== 'Account Helper') problems.push(`name is ${JSON.stringify(name)}`);
  if (manifest.version !== pkg.version) {
    problems.push(`version ${manifest.version} is not package.json's ${pkg.version}`);
  }
  // Every language's description counts: the stores show each one.
  const descriptions = MESSAGE_KEY.test(manifest.description ?? '')
    ? [...locales.keys()].map((locale) => ({
        locale,
        text: localised(manifest.description, locale, locales),
      }))
    : [{ locale: '', text: manifest.description }];
  for (const { locale, text } of descriptions) {
    const where = locale ? ` (${locale})` : '';
    if (!text?.trim()) problems.push(`the description${where} is empty`);
    else if (text.length > MAX_DESCRIPTION) {
      problems.push(`the description${where} has ${text.length} characters (at most 132)`);
    }
  }
  for (const file of manifestFiles(manifest)) {
    if (!names.has(file)) problems.push(`the manifest names ${file}, which is not in the zip`);
  }
  if ((manifest.host_permissions ?? []).some((host) => /127\.0\.0\.1|localhost/.test(host))) {
    problems.push('host_permissions include a local address (an e2e build?)');
  }

  const gecko = manifest.browser_specific_settings?.gecko;
  if (browser === 'firefox') {
    if (!manifest.background?.scripts?.length) problems.push('no background.scripts for Firefox');
    if (!gecko?.id) problems.push('no browser_specific_settings.gecko.id');
    if (!gecko?.strict_min_version) problems.push('no gecko.strict_min_version');
    if (!gecko?.data_collection_permissions?.required?.length) {
      problems.push('no gecko.data_collection_permissions.required');
    }
  } else {
    if (!manifest.background?.service_worker) problems.push('no background.service_worker');
    if (!manifest.minimum_chrome_version) problems.push('no minimum_chrome_version');
    if (manifest.browser_specific_settings) problems.push('browser_specific_settings in Chrome');
  }

  for (const name of archive.names) {
    if (name.endsWith('/')) continue;
    if (/(^|\/)\./.test(name)) problems.push(`${name} is a hidden file`);
    if (/\.map$/.test(name)) problems.push(`${name} is a source map`);
    if (/\.(?:tsx?|jsx)$/.test(name)) problems.push(`${name} is a source file`);
    if (!/\.(?:m?js|html?|css|json)$/.test(name)) continue;
    const content = text(name);
    problems.push(...findCodeProblems(name, content));
    for (const marker of E2E_MARKERS) {
      if (content.includes(marker)) problems.push(`${name} has the e2e address ${marker}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The sources zip.

/** Files at the top that reviewers need to rebuild and to follow the steps. */
export const REQUIRED_SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
  // Puppeteer's settings: without them `npm ci` downloads browsers (and fails offline).
  '.puppeteerrc.cjs',
];
/** Folders the build reads; every file in them must be in the sources zip. */
export const SOURCE_DIRS = ['assets', 'entrypoints', 'modules', 'public', 'scripts', 'src'];
/** Of those, the ones that can't be absent (`public/` can). */
const REQUIRED_SOURCE_DIRS = ['assets', 'entrypoints', 'modules', 'scripts', 'src'];
/** Never in the sources zip. */
const FORBIDDEN_SOURCE_PREFIXES = [
  '.output/',
  'node_modules/',
  '.test-results/',
  '.scratch/',
  '.wxt/',
  '.git/',
  'coverage/',
  'test/',
];

/**
 * `expectedFiles`: the files of SOURCE_DIRS on disk (relative, `/`-separated); all must be in
 * the zip.
 */
export function checkSourcesArchive(names: string[], expectedFiles: string[]): string[] {
  const problems: string[] = [];
  const present = new Set(names);
  for (const file of REQUIRED_SOURCE_FILES) {
    if (!present.has(file)) problems.push(`${file} is missing`);
  }
  for (const dir of REQUIRED_SOURCE_DIRS) {
    if (!names.some((name) => name.startsWith(`${dir}/`) && !name.endsWith('/'))) {
      problems.push(`${dir}/ is missing`);
    }
  }
  for (const file of expectedFiles) {
    if (!present.has(file)) problems.push(`${file} is missing`);
  }
  for (const name of names) {
    const prefix = FORBIDDEN_SOURCE_PREFIXES.find((forbidden) => name.startsWith(forbidden));
    if (prefix) problems.push(`${name} is from ${prefix} and must not be included`);
    else if (!REQUIRED_SOURCE_FILES.includes(name) && /(^|\/)\.[^/]/.test(name)) {
      problems.push(`${name} is a hidden file`);
    }
  }
  return problems;
}

interface Lockfile {
  packages?: Record<string, { optionalDependencies?: Record<string, string> }>;
}

/**
 * Optional dependencies the lockfile doesn't record. `npm ci` refuses a lockfile that misses any,
 * on every platform, even when the package is for another one (such a lockfile comes from an
 * `npm install` against a registry that serves only this machine's platform packages).
 */
export function findLockfileGaps(lock: Lockfile): string[] {
  const packages = lock.packages ?? {};
  const gaps: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const dependency of Object.keys(entry.optionalDependencies ?? {})) {
      // Node's lookup: the package's own node_modules, then each enclosing one, then the top.
      let base = path;
      let found = false;
      for (;;) {
        if (packages[`${base ? `${base}/` : ''}node_modules/${dependency}`]) {
          found = true;
          break;
        }
        if (!base) break;
        const parent = base.lastIndexOf('/node_modules/');
        base = parent < 0 ? '' : base.slice(0, parent);
      }
      if (!found) gaps.push(`${path || 'the project'} → ${dependency}`);
    }
  }
  return gaps;
}

/** The files of SOURCE_DIRS under `root`, without hidden ones (the zip leaves those out). */
export function listSourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path).replaceAll('\\', '/'));
    }
  };
  for (const dir of SOURCE_DIRS) {
    try {
      walk(join(root, dir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return files.sort();
}

// ---------------------------------------------------------------------------------------------
// Rebuilding from the sources zip, as a reviewer does.

/** Differences between two sets of files (name → bytes), one line each. */
export function compareFiles(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of expected) {
    const other = actual.get(name);
    if (!other) problems.push(`${name} is in the zip but not in the rebuild`);
    else if (!bytes.equals(other)) problems.push(`${name} differs in the rebuild`);
  }
  for (const name of actual.keys()) {
    if (!expected.has(name)) problems.push(`${name} is in the rebuild but not in the zip`);
  }
  return problems;
}

function filesOf(archive: ZipArchive): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of archive.names) {
    if (!name.endsWith('/')) files.set(name, archive.read(name) ?? Buffer.alloc(0));
  }
  return files;
}

function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(dir, path).replaceAll('\\', '/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

function rebuildFirefox(root: string, sources: ZipArchive, firefox: ZipArchive): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'account-helper-review-'));
  try {
    for (const [name, bytes] of filesOf(sources)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const build = spawnSync('npm', ['run', '--silent', 'build:firefox'], {
      cwd: dir,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (build.status !== 0) {
      return [
        `npm run build:firefox failed in the unpacked sources:\n${build.stdout}${build.stderr}`,
      ];
    }
    return compareFiles(filesOf(firefox), filesUnder(join(dir, '.output', 'firefox-mv3')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------

function main(): number {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const zipPath = (kind: string) => join(root, '.output', `${pkg.name}-${pkg.version}-${kind}.zip`);
  const archives = new Map<string, ZipArchive>();
  let failed = 0;
  const report = (label: string, problems: string[], done: string) => {
    if (problems.length === 0) {
      console.log(`✓ ${label}: ${done}`);
      return;
    }
    failed++;
    console.error(`✗ ${label}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`    ${problem}`);
  };
  for (const kind of ['chrome', 'firefox', 'sources']) {
    try {
      archives.set(kind, readZip(readFileSync(zipPath(kind))));
    } catch (error) {
      report(relative(root, zipPath(kind)), [(error as Error).message], '');
    }
  }
  const chrome = archives.get('chrome');
  const firefox = archives.get('firefox');
  const sources = archives.get('sources');
  const count = (archive: ZipArchive) =>
    `${archive.names.filter((name) => !name.endsWith('/')).length} files`;
  if (chrome) {
    const problems = checkStoreArchive(chrome, 'chrome', pkg);
    report(relative(root, zipPath('chrome')), problems, count(chrome));
  }
  if (firefox) {
    const problems = checkStoreArchive(firefox, 'firefox', pkg);
    report(relative(root, zipPath('firefox')), problems, count(firefox));
  }
  if (sources) {
    const lock = sources.read('package-lock.json');
    const problems = [
      ...checkSourcesArchive(sources.names, listSourceFiles(root)),
      ...(lock
        ? findLockfileGaps(JSON.parse(lock.toString('utf8')) as Lockfile).map(
            (gap) => `package-lock.json lacks the optional dependency ${gap} (npm ci fails)`,
          )
        : []),
    ];
    report(relative(root, zipPath('sources')), problems, count(sources));
    if (firefox && problems.length === 0) {
      report(
        'rebuild from the sources zip',
        rebuildFirefox(root, sources, firefox),
        'identical to the Firefox zip',
      );
    }
  }
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
