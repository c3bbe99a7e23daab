import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Wxt } from 'wxt';
import iconsModule, {
  APP_ICON,
  applyIconsToManifest,
  expectedIconAssetPaths,
  generateIconFiles,
  ICON_SIZES,
  ICON_STATES,
  type IconManifest,
  iconAssetPath,
  iconNameFromFile,
  iconPathSet,
  listIconSources,
  renderIconPngs,
} from '../../modules/icons';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIR = join(ROOT, 'assets/icons');
const EXPECTED_NAMES = ['icon', 'icon-genuine', 'icon-lookalike', 'icon-neutral'];
const APP_ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, row-major. */
  rgba: Buffer;
}

function ihdrSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Minimal decoder for the PNGs resvg writes: 8-bit RGBA, not interlaced. */
function decodePng(png: Buffer): DecodedPng {
  const { width, height } = ihdrSize(png);
  expect(png[24]).toBe(8); // bit depth
  expect(png[25]).toBe(6); // colour type RGBA
  expect(png[28]).toBe(0); // no interlace
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  expect(raw.length).toBe(height * (stride + 1));
  const rgba = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const b = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = a;
          break;
        case 2:
          predictor = b;
          break;
        case 3:
          predictor = (a + b) >> 1;
          break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
          break;
        }
        default:
          throw new Error(`Unknown PNG filter ${filter}`);
      }
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width, height, rgba };
}

function opaqueShare({ rgba }: DecodedPng): number {
  let opaque = 0;
  for (let i = 3; i < rgba.length; i += 4) if ((rgba[i] ?? 0) > 0) opaque++;
  return opaque / (rgba.length / 4);
}

/** Share of pixels whose value differs noticeably, on the chosen channels. */
function differingShare(left: DecodedPng, right: DecodedPng, channels: number[]): number {
  let differing = 0;
  for (let i = 0; i < left.rgba.length; i += 4) {
    if (channels.some((ch) => Math.abs((left.rgba[i + ch] ?? 0) - (right.rgba[i + ch] ?? 0)) > 48))
      differing++;
  }
  return differing / (left.rgba.length / 4);
}

/** Greyscale (alpha-composited on white) so comparisons ignore hue. */
function luminanceOnWhite({ width, height, rgba }: DecodedPng): DecodedPng {
  const out = Buffer.alloc(rgba.length);
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] ?? 0) / 255;
    const lum = 0.2126 * (rgba[i] ?? 0) + 0.7152 * (rgba[i + 1] ?? 0) + 0.0722 * (rgba[i + 2] ?? 0);
    const v = Math.round(lum * alpha + 255 * (1 - alpha));
    out.fill(v, i, i + 3);
    out[i + 3] = 255;
  }
  return { width, height, rgba: out };
}

const svgs = new Map<string, string>();
const decoded = new Map<string, Map<number, DecodedPng>>();

beforeAll(async () => {
  for (const name of await listIconSources(SOURCE_DIR)) {
    const svg = await readFile(join(SOURCE_DIR, `${name}.svg`), 'utf8');
    svgs.set(name, svg);
    decoded.set(
      name,
      new Map(renderIconPngs(svg, ICON_SIZES).map(({ size, png }) => [size, decodePng(png)])),
    );
  }
});

function render(name: string, size: number): DecodedPng {
  const png = decoded.get(name)?.get(size);
  if (!png) throw new Error(`no render for ${name}@${size}`);
  return png;
}

describe('icon sources', () => {
  it('has the app icon and one SVG per toolbar state', () => {
    expect([...svgs.keys()]).toEqual(EXPECTED_NAMES);
    expect(ICON_STATES.map((state) => `${APP_ICON}-${state}`)).toEqual(EXPECTED_NAMES.slice(1));
  });

  it('are square 128-unit SVGs without text or external references', () => {
    for (const [name, svg] of svgs) {
      expect(svg, name).toMatch(
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 128 128"/,
      );
      expect(svg, name).not.toMatch(/<text|<image|xlink:href|href="http/);
    }
  });

  it('maps file names to icon names', () => {
    expect(iconNameFromFile('icon-genuine.svg')).toBe('icon-genuine');
    expect(iconNameFromFile('icon.png')).toBeUndefined();
    expect(iconNameFromFile('Bad Name.svg')).toBeUndefined();
  });
});

describe('renderIconPngs', () => {
  it('renders every icon at every size to a PNG of exactly that size', () => {
    for (const [name, svg] of svgs) {
      const renders = renderIconPngs(svg, ICON_SIZES);
      expect(renders.map((r) => r.size)).toEqual([...ICON_SIZES]);
      for (const { size, png } of renders) {
        expect(ihdrSize(png), `${name}@${size}`).toEqual({ width: size, height: size });
      }
    }
  });

  it('produces renders that are not blank', () => {
    for (const name of svgs.keys()) {
      for (const size of ICON_SIZES) {
        // The shield alone covers well over half the canvas.
        expect(opaqueShare(render(name, size)), `${name}@${size}`).toBeGreaterThan(0.5);
      }
    }
  });

  it('keeps a transparent background (no filled square)', () => {
    for (const name of svgs.keys()) {
      const { rgba, width } = render(name, 128);
      expect(rgba[3], `${name} top-left`).toBe(0);
      expect(rgba[(width * 127 + 0) * 4 + 3], `${name} bottom-left`).toBe(0);
    }
  });

  it('makes genuine and lookalike differ, even without colour', () => {
    for (const size of ICON_SIZES) {
      const genuine = render('icon-genuine', size);
      const lookalike = render('icon-lookalike', size);
      expect(differingShare(genuine, lookalike, [0, 1, 2, 3])).toBeGreaterThan(0.1);
      // Shape, not just hue: the alpha masks and the greyscale versions differ too.
      expect(differingShare(genuine, lookalike, [3]), `alpha@${size}`).toBeGreaterThan(0.02);
      expect(
        differingShare(luminanceOnWhite(genuine), luminanceOnWhite(lookalike), [0]),
        `grey@${size}`,
      ).toBeGreaterThan(0.05);
    }
  });

  it('keeps all four icons distinct at toolbar size', () => {
    const names = [...svgs.keys()];
    for (const [i, left] of names.entries()) {
      for (const right of names.slice(i + 1)) {
        const share = differingShare(
          luminanceOnWhite(render(left, 16)),
          luminanceOnWhite(render(right, 16)),
          [0],
        );
        expect(share, `${left} vs ${right}`).toBeGreaterThan(0.03);
      }
    }
  });

  it('rejects broken or non-square SVGs', () => {
    expect(() => renderIconPngs('<svg', [16])).toThrow();
    const wide =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 128"><rect width="256" height="128"/></svg>';
    expect(() => renderIconPngs(wide, [16])).toThrow(/square/);
    expect(() => renderIconPngs(svgs.get('icon') ?? '', [0])).toThrow(RangeError);
  });
});

describe('asset paths and manifest', () => {
  it('lists the expected asset paths', () => {
    expect(iconAssetPath('icon', 16)).toBe('icons/icon-16.png');
    expect(expectedIconAssetPaths(['icon', 'icon-genuine'])).toEqual([
      'icons/icon-16.png',
      'icons/icon-32.png',
      'icons/icon-48.png',
      'icons/icon-128.png',
      'icons/icon-genuine-16.png',
      'icons/icon-genuine-32.png',
      'icons/icon-genuine-48.png',
      'icons/icon-genuine-128.png',
    ]);
    expect(iconPathSet('icon-lookalike')).toEqual({
      16: 'icons/icon-lookalike-16.png',
      32: 'icons/icon-lookalike-32.png',
      48: 'icons/icon-lookalike-48.png',
      128: 'icons/icon-lookalike-128.png',
    });
  });

  it('sets icons and action.default_icon, keeping other action keys', () => {
    const manifest: IconManifest & { action?: { default_popup?: string } } = {
      icons: { 16: 'old.png' },
      action: { default_popup: 'popup.html', default_icon: 'old.png' },
    };
    applyIconsToManifest(manifest);
    expect(manifest.icons).toEqual(APP_ICONS);
    expect(manifest.action).toEqual({ default_popup: 'popup.html', default_icon: APP_ICONS });
  });

  it('creates action when the manifest has none', () => {
    const manifest: IconManifest = {};
    applyIconsToManifest(manifest);
    expect(manifest).toEqual({ icons: APP_ICONS, action: { default_icon: APP_ICONS } });
  });
});

describe('WXT module', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'icons-test-'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('generates one PNG per icon and size', async () => {
    const files = await generateIconFiles(SOURCE_DIR, join(tmp, 'direct'));
    expect(files.map((f) => f.relativeDest).sort()).toEqual(
      expectedIconAssetPaths(EXPECTED_NAMES).sort(),
    );
    for (const file of files) {
      const size = Number(/-(\d+)\.png$/.exec(file.relativeDest)?.[1]);
      expect(ihdrSize(await readFile(file.absoluteSrc))).toEqual({ width: size, height: size });
    }
    // Only the final PNGs are left behind, no temp files.
    expect((await readdir(join(tmp, 'direct'))).every((f) => f.endsWith('.png'))).toBe(true);
  });

  it('fails loudly when the app icon is missing', async () => {
    await expect(generateIconFiles(join(tmp, 'direct'), join(tmp, 'none'))).rejects.toThrow(
      /icon\.svg/,
    );
  });

  it('hooks into build:publicAssets, build:manifestGenerated and prepare:publicPaths', async () => {
    type Handler = (...args: unknown[]) => unknown;
    const handlers = new Map<string, Handler>();
    const fakeWxt = {
      config: {
        srcDir: ROOT,
        wxtDir: join(tmp, '.wxt'),
        browser: 'chrome',
        manifestVersion: 3,
        mode: 'production',
      },
      hooks: { hook: (name: string, fn: Handler) => handlers.set(name, fn) },
      logger: { debug: () => {}, info: () => {}, warn: () => {} },
    } as unknown as Wxt;
    await iconsModule.setup?.(fakeWxt);
    expect([...handlers.keys()].sort()).toEqual([
      'build:manifestGenerated',
      'build:publicAssets',
      'prepare:publicPaths',
    ]);

    const files: Array<{ relativeDest: string; absoluteSrc?: string; contents?: string }> = [
      { relativeDest: 'icons/icon-16.png', absoluteSrc: '/public/stale.png' },
      { relativeDest: 'robots.txt', contents: 'x' },
    ];
    await handlers.get('build:publicAssets')?.(fakeWxt, files);
    expect(files.map((f) => f.relativeDest).sort()).toEqual(
      ['robots.txt', ...expectedIconAssetPaths(EXPECTED_NAMES)].sort(),
    );
    expect(files.find((f) => f.relativeDest === 'icons/icon-16.png')?.absoluteSrc).toBe(
      join(tmp, '.wxt', 'generated-icons', 'chrome-mv3-production', 'icon-16.png'),
    );

    const manifest = { manifest_version: 3, name: 'x', version: '1' } as IconManifest;
    await handlers.get('build:manifestGenerated')?.(fakeWxt, manifest);
    expect(manifest.icons).toEqual(APP_ICONS);
    expect(manifest.action?.default_icon).toEqual(APP_ICONS);

    const paths: string[] = [];
    await handlers.get('prepare:publicPaths')?.(fakeWxt, paths);
    expect(paths).toEqual(expectedIconAssetPaths(EXPECTED_NAMES));
  });
});
