import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checkSourcesArchive,
  checkStoreArchive,
  compareFiles,
  findCodeProblems,
  findLockfileGaps,
  readZip,
  type ZipArchive,
} from '../../scripts/check-package';

/** A minimal zip writer (no CRCs: the reader doesn't check them), stored or deflated. */
function makeZip(files: Record<string, string>, deflate = true): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content);
    const data = deflate ? deflateRawSync(raw) : raw;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function archiveOf(files: Record<string, string>): ZipArchive {
  return readZip(makeZip(files));
}

const FIREFOX_MANIFEST = {
  manifest_version: 3,
  name: 'Account Helper',
  version: '1.2.3',
  description: 'Short and clear.',
  background: { scripts: ['background.js'] },
  action: { default_popup: 'popup.html', default_icon: { 16: 'icons/icon-16.png' } },
  icons: { 16: 'icons/icon-16.png' },
  content_scripts: [{ matches: ['https://login.live.com/*'], js: ['content-scripts/a.js'] }],
  browser_specific_settings: {
    gecko: {
      id: 'a@b',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

const FIREFOX_FILES = {
  'manifest.json': JSON.stringify(FIREFOX_MANIFEST),
  'background.js': 'console.log(Function.prototype.call.bind(Object.prototype.hasOwnProperty));',
  'popup.html': '<script type="module" src="/chunks/popup.js"></script>',
  'chunks/popup.js': 'el.innerHTML="";el.textContent=text;',
  'content-scripts/a.js': 'void 0;',
  'icons/icon-16.png': 'png',
};

describe('readZip', () => {
  it('lists and reads stored and deflated entries', () => {
    for (const deflate of [true, false]) {
      const zip = readZip(makeZip({ 'a.txt': 'hello', 'dir/b.json': '{"x":1}' }, deflate));
      expect(zip.names).toEqual(['a.txt', 'dir/b.json']);
      expect(zip.read('a.txt')?.toString()).toBe('hello');
      expect(zip.read('dir/b.json')?.toString()).toBe('{"x":1}');
      expect(zip.read('missing')).toBeUndefined();
    }
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text here'))).toThrow(/zip/);
  });
});

describe('findCodeProblems', () => {
  it.each([
    ['eval("1")', 'calls eval()'],
    ['new Function("a", "return a")', 'uses the Function constructor'],
    ['return Function(``),!0', 'uses the Function constructor'],
    ['let e=Function;new e(x)', 'uses the Function constructor'],
    ['setTimeout("alert(1)", 1)', 'runs a string as code'],
    ['importScripts("x.js")', 'loads a script with importScripts()'],
    ['import("https://example.com/x.js")', 'imports remote code'],
    ['(u.innerHTML=h.__html)', 'writes innerHTML/outerHTML from a variable'],
    ['el.outerHTML = "<b>" + name;', 'writes innerHTML/outerHTML from a variable'],
    ['el.innerHTML = html;', 'writes innerHTML/outerHTML from a variable'],
    ['el.insertAdjacentHTML("beforeend", s)', 'calls insertAdjacentHTML()'],
    ['document.write(s)', 'calls document.write()'],
  ])('flags %s', (code, problem) => {
    expect(findCodeProblems('a.js', code)).toEqual([`a.js ${problem}`]);
  });

  it.each([
    'c=Function.call.bind(Object.prototype.hasOwnProperty)',
    'typeof x=="function"&&isFunction(x)',
    'n.innerHTML=``,k()',
    'if(p&&(n.innerHTML=""),x)',
    'el.innerHTML === html',
    'node.evaluate(path)',
    'el.textContent = html;',
  ])('allows %s', (code) => {
    expect(findCodeProblems('a.js', code)).toEqual([]);
  });

  it('checks pages for remote and inline scripts', () => {
    expect(findCodeProblems('p.html', '<script src="https://cdn.example/x.js"></script>')).toEqual([
      'p.html loads a remote script',
    ]);
    expect(findCodeProblems('p.html', '<script>alert(1)</script>')).toEqual([
      'p.html has an inline script',
    ]);
    expect(
      findCodeProblems('p.html', '<script type="module" crossorigin src="/chunks/p.js"></script>'),
    ).toEqual([]);
    expect(findCodeProblems('p.css', 'a{b:c}')).toEqual([]);
  });
});

describe('checkStoreArchive', () => {
  it('accepts a clean Firefox zip', () => {
    expect(checkStoreArchive(archiveOf(FIREFOX_FILES), 'firefox', { version: '1.2.3' })).toEqual(
      [],
    );
  });

  it('finds what a store or a reviewer would reject', () => {
    const manifest = {
      ...FIREFOX_MANIFEST,
      version: '1.0.0',
      description: 'x'.repeat(133),
      host_permissions: ['http://127.0.0.1:47613/*'],
      browser_specific_settings: { gecko: { id: 'a@b' } },
    };
    const problems = checkStoreArchive(
      archiveOf({
        ...FIREFOX_FILES,
        'manifest.json': JSON.stringify(manifest),
        'background.js': 'fetch("http://127.0.0.1:47613/x");new Function("x")',
        'background.js.map': '{}',
        '.DS_Store': '',
      }),
      'firefox',
      { version: '1.2.3' },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "version 1.0.0 is not package.json's 1.2.3",
        'the description has 133 characters (at most 132)',
        'host_permissions include a local address (an e2e build?)',
        'no gecko.strict_min_version',
        'no gecko.data_collection_permissions.required',
        'background.js uses the Function constructor',
        'background.js has the e2e address 127.0.0.1:47613',
        'background.js.map is a source map',
        '.DS_Store is a hidden file',
      ]),
    );
  });

  it('reads a translated name and checks the description in every language', () => {
    const manifest = {
      ...FIREFOX_MANIFEST,
      default_locale: 'en',
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
    };
    const messages = (description: string) =>
      JSON.stringify({
        extName: { message: 'Account Helper' },
        extDescription: { message: description },
      });
    const files = {
      ...FIREFOX_FILES,
      'manifest.json': JSON.stringify(manifest),
      '_locales/en/messages.json': messages('Short and clear.'),
      '_locales/de/messages.json': messages('x'.repeat(140)),
    };
    expect(checkStoreArchive(archiveOf(files), 'firefox', { version: '1.2.3' })).toEqual([
      'the description (de) has 140 characters (at most 132)',
    ]);
    const untranslated = { ...files, '_locales/en/messages.json': '{}' };
    expect(checkStoreArchive(archiveOf(untranslated), 'firefox', { version: '1.2.3' })).toEqual([
      'name is undefined',
      'the description (en) is empty',
      'the description (de) has 140 characters (at most 132)',
    ]);
  });

  it('wants the files the manifest names', () => {
    const { 'content-scripts/a.js': _dropped, ...rest } = FIREFOX_FILES;
    expect(checkStoreArchive(archiveOf(rest), 'firefox', { version: '1.2.3' })).toEqual([
      'the manifest names content-scripts/a.js, which is not in the zip',
    ]);
  });

  it("checks Chrome's own keys", () => {
    const manifest = { ...FIREFOX_MANIFEST, background: { service_worker: 'background.js' } };
    const problems = checkStoreArchive(
      archiveOf({ ...FIREFOX_FILES, 'manifest.json': JSON.stringify(manifest) }),
      'chrome',
      { version: '1.2.3' },
    );
    expect(problems).toEqual(['no minimum_chrome_version', 'browser_specific_settings in Chrome']);
  });
});

describe('checkSourcesArchive', () => {
  const complete = [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'tsconfig.json',
    'README.md',
    '.puppeteerrc.cjs',
    'assets/icons/icon.svg',
    'entrypoints/background.ts',
    'modules/icons.ts',
    'scripts/check-package.ts',
    'src/core/index.ts',
  ];

  it('accepts what a reviewer needs to rebuild', () => {
    expect(checkSourcesArchive(complete, ['src/core/index.ts'])).toEqual([]);
  });

  it('wants every required file and every file of the source folders', () => {
    const problems = checkSourcesArchive(
      complete.filter(
        (name) =>
          name !== 'package-lock.json' &&
          name !== '.puppeteerrc.cjs' &&
          !name.startsWith('modules/'),
      ),
      ['src/core/index.ts', 'src/core/other.ts'],
    );
    expect(problems).toEqual([
      'package-lock.json is missing',
      '.puppeteerrc.cjs is missing',
      'modules/ is missing',
      'src/core/other.ts is missing',
    ]);
  });

  it('refuses build outputs, dependencies, tests and scratch files', () => {
    const problems = checkSourcesArchive(
      [
        ...complete,
        '.output/firefox-mv3/manifest.json',
        'node_modules/zod/package.json',
        '.test-results/unit.json',
        '.scratch/notes.txt',
        'test/e2e/slice.e2e.ts',
        'src/.env',
      ],
      [],
    );
    expect(problems).toEqual([
      '.output/firefox-mv3/manifest.json is from .output/ and must not be included',
      'node_modules/zod/package.json is from node_modules/ and must not be included',
      '.test-results/unit.json is from .test-results/ and must not be included',
      '.scratch/notes.txt is from .scratch/ and must not be included',
      'test/e2e/slice.e2e.ts is from test/ and must not be included',
      'src/.env is a hidden file',
    ]);
  });
});

describe('findLockfileGaps', () => {
  it('finds optional platform packages the lockfile left out', () => {
    const lock = {
      packages: {
        '': { optionalDependencies: { fsevents: '^2' } },
        'node_modules/fsevents': {},
        'node_modules/@biomejs/biome': {
          optionalDependencies: { '@biomejs/cli-linux-x64': '2', '@biomejs/cli-darwin-x64': '2' },
        },
        'node_modules/@biomejs/cli-linux-x64': {},
        'node_modules/a/node_modules/b': { optionalDependencies: { c: '1', d: '1' } },
        'node_modules/a/node_modules/c': {},
        'node_modules/d': {},
      },
    };
    expect(findLockfileGaps(lock)).toEqual([
      'node_modules/@biomejs/biome → @biomejs/cli-darwin-x64',
    ]);
  });
});

describe('compareFiles', () => {
  it('names what is missing, extra or different', () => {
    const zip = new Map([
      ['a.js', Buffer.from('1')],
      ['b.js', Buffer.from('2')],
      ['c.js', Buffer.from('3')],
    ]);
    const rebuild = new Map([
      ['a.js', Buffer.from('1')],
      ['b.js', Buffer.from('two')],
      ['d.js', Buffer.from('4')],
    ]);
    expect(compareFiles(zip, rebuild)).toEqual([
      'b.js differs in the rebuild',
      'c.js is in the zip but not in the rebuild',
      'd.js is in the rebuild but not in the zip',
    ]);
    expect(compareFiles(zip, zip)).toEqual([]);
  });
});
