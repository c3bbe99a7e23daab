/**
 * Icon pipeline (WXT module, auto-loaded from `modules/`).
 *
 * At build time every `assets/icons/<name>.svg` is rendered to PNGs at {@link ICON_SIZES} and
 * emitted as `icons/<name>-<size>.png`. The manifest's `icons` and `action.default_icon` point at
 * the `icon` set. Per-tab state icons (`icon-genuine`, `icon-lookalike`, `icon-neutral`) are
 * emitted alongside, for `browser.action.setIcon({ path: iconPathSet('icon-genuine') })`-style use
 * (build paths are relative to the extension root; prefix `/` when calling from a page).
 *
 * The PNGs are binary, and WXT's generated public files (`{ relativeDest, contents }`) are written
 * as UTF-8 text, so the renders are written to `.wxt/generated-icons/` and added to the build as
 * copied public files (`{ relativeDest, absoluteSrc }`) instead.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Wxt } from 'wxt';
import { defineWxtModule } from 'wxt/modules';

/** Square PNG sizes rendered for every icon. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** Name of the app icon set used for the manifest (`assets/icons/icon.svg`). */
export const APP_ICON = 'icon';
/** Source folder, relative to the WXT `srcDir`. */
export const ICON_SOURCE_DIR = 'assets/icons';
/** Folder inside the build output that receives the PNGs. */
export const ICON_OUTPUT_DIR = 'icons';

/** The per-tab toolbar states; each has an `assets/icons/icon-<state>.svg`. */
export const ICON_STATES = ['genuine', 'lookalike', 'neutral'] as const;
export type IconState = (typeof ICON_STATES)[number];

const ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface RenderedIcon {
  size: number;
  png: Buffer;
}

/** Manifest fields this module touches (structural, so it works for MV2 and MV3 manifests). */
export interface IconManifest {
  icons?: Record<number, string> | undefined;
  action?: { default_icon?: Record<number, string> | string | undefined } | undefined;
}

/** `icons/<name>-<size>.png`, relative to the extension root. */
export function iconAssetPath(name: string, size: number): string {
  return `${ICON_OUTPUT_DIR}/${name}-${size}.png`;
}

/** Size → path map for one icon, in the shape `icons` / `default_icon` / `setIcon` expect. */
export function iconPathSet(
  name: string,
  sizes: readonly number[] = ICON_SIZES,
): Record<number, string> {
  return Object.fromEntries(sizes.map((size) => [size, iconAssetPath(name, size)]));
}

/** Every PNG path the build emits for the given icon names. */
export function expectedIconAssetPaths(
  names: readonly string[],
  sizes: readonly number[] = ICON_SIZES,
): string[] {
  return names.flatMap((name) => sizes.map((size) => iconAssetPath(name, size)));
}

/** Icon name for an SVG file name (`icon-genuine.svg` → `icon-genuine`), or undefined. */
export function iconNameFromFile(fileName: string): string | undefined {
  if (!fileName.endsWith('.svg')) return undefined;
  const name = fileName.slice(0, -'.svg'.length);
  return ICON_NAME.test(name) ? name : undefined;
}

/**
 * Renders one SVG to a square PNG per size. Throws if the SVG does not parse or is not square
 * (a non-square source would give PNGs whose height differs from the requested size).
 */
export function renderIconPngs(
  svgText: string,
  sizes: readonly number[] = ICON_SIZES,
): RenderedIcon[] {
  return sizes.map((size) => {
    if (!Number.isInteger(size) || size <= 0) throw new RangeError(`Invalid icon size: ${size}`);
    const resvg = new Resvg(svgText, {
      fitTo: { mode: 'width', value: size },
      font: { loadSystemFonts: false },
      logLevel: 'off',
    });
    const image = resvg.render();
    if (image.width !== size || image.height !== size) {
      throw new Error(
        `Icon SVG must be square: rendering at ${size}px gave ${image.width}x${image.height}`,
      );
    }
    return { size, png: image.asPng() };
  });
}

/** Points the manifest's `icons` and `action.default_icon` at the app icon set. */
export function applyIconsToManifest(
  manifest: IconManifest,
  name: string = APP_ICON,
  sizes: readonly number[] = ICON_SIZES,
): void {
  manifest.icons = iconPathSet(name, sizes);
  manifest.action = { ...manifest.action, default_icon: iconPathSet(name, sizes) };
}

/** Icon names found in a source folder, sorted (SVGs with unusable names are skipped). */
export async function listIconSources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => iconNameFromFile(entry.name))
    .filter((name): name is string => name !== undefined)
    .sort();
}

/** Write via a unique temp file + rename so concurrent builds never copy a half-written PNG. */
async function writeFileAtomic(path: string, data: Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Renders every source SVG and returns the copied-public-file entries for the build. */
export async function generateIconFiles(
  sourceDir: string,
  outDir: string,
  sizes: readonly number[] = ICON_SIZES,
): Promise<Array<{ relativeDest: string; absoluteSrc: string }>> {
  const names = await listIconSources(sourceDir);
  if (!names.includes(APP_ICON)) {
    throw new Error(`Missing ${APP_ICON}.svg in ${sourceDir}: the manifest icons need it`);
  }
  await mkdir(outDir, { recursive: true });
  const files: Array<{ relativeDest: string; absoluteSrc: string }> = [];
  for (const name of names) {
    const svg = await readFile(join(sourceDir, `${name}.svg`), 'utf8');
    let renders: RenderedIcon[];
    try {
      renders = renderIconPngs(svg, sizes);
    } catch (error) {
      throw new Error(`Could not render ${name}.svg`, { cause: error });
    }
    for (const { size, png } of renders) {
      const absoluteSrc = join(outDir, `${name}-${size}.png`);
      await writeFileAtomic(absoluteSrc, png);
      files.push({ relativeDest: iconAssetPath(name, size), absoluteSrc });
    }
  }
  return files;
}

function iconSourceDir(wxt: Wxt): string {
  return resolve(wxt.config.srcDir, ICON_SOURCE_DIR);
}

export default defineWxtModule({
  name: 'account-helper:icons',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', async (wxt, files) => {
      const { browser, manifestVersion, mode, wxtDir } = wxt.config;
      const outDir = join(wxtDir, 'generated-icons', `${browser}-mv${manifestVersion}-${mode}`);
      const generated = await generateIconFiles(iconSourceDir(wxt), outDir);
      const ours = new Set(generated.map((file) => file.relativeDest));
      // Our renders win over any same-named file in public/.
      for (let i = files.length - 1; i >= 0; i--) {
        const file = files[i];
        if (file && ours.has(file.relativeDest)) files.splice(i, 1);
      }
      files.push(...generated);
      wxt.logger.debug(`icons: rendered ${generated.length} PNGs from ${iconSourceDir(wxt)}`);
    });

    wxt.hooks.hook('build:manifestGenerated', (_wxt, manifest) => {
      applyIconsToManifest(manifest);
    });

    // Lets `browser.runtime.getURL('/icons/icon-genuine-16.png')` type-check.
    wxt.hooks.hook('prepare:publicPaths', async (wxt, paths) => {
      const names = await listIconSources(iconSourceDir(wxt)).catch(() => [] as string[]);
      paths.push(...expectedIconAssetPaths(names));
    });
  },
});
