/**
 * Classifies addresses read from stdin, one per line: `URL` or `URL<TAB>path/to/saved.html`
 * (then the saved page's content is analysed too). Prints exactly one line per input line, in
 * order: JSON with `--json`, otherwise an aligned table. Every JSON result has `hosting`:
 * `"microsoft-shared-content"` on hosts where anyone with a Microsoft account publishes, else null. Unreadable lines give an error entry
 * and the run goes on.
 *
 *   npm run --silent detect -- --json < urls.txt
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { type Classification, classifyUrl, parseWebUrl } from '../src/core/detection';
import { analyseSavedPage } from './lib/saved-page';
import { decodeSavedPage } from './lib/saved-page-bytes';

type Result =
  | ({ url: string } & Pick<Classification, 'verdict' | 'service' | 'kind' | 'reasons'> & {
        /** `microsoft-shared-content` where anyone with a Microsoft account publishes, else null. */
        hosting: 'microsoft-shared-content' | null;
      })
  | { url: string; error: string };

async function classifyLine(line: string): Promise<Result> {
  const tab = line.indexOf('\t');
  const url = (tab === -1 ? line : line.slice(0, tab)).trim();
  const file = tab === -1 ? '' : line.slice(tab + 1).trim();
  if (url === '') return { url, error: 'blank line: expected a URL' };
  if (!parseWebUrl(url)) return { url, error: 'not a readable http(s) URL' };
  let result: Classification;
  if (file) {
    let html: string;
    try {
      html = decodeSavedPage(await readFile(file));
    } catch (error) {
      return {
        url,
        error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      };
    }
    result = analyseSavedPage(url, html);
  } else {
    result = classifyUrl(url);
  }
  return {
    url,
    verdict: result.verdict,
    service: result.service,
    kind: result.kind,
    hosting: result.hosting?.kind ?? null,
    reasons: result.reasons,
  };
}

function tableRow(result: Result): string {
  if ('error' in result)
    return `${'error'.padEnd(10)} ${''.padEnd(18)} ${''.padEnd(17)} ${result.url}  (${result.error})`;
  const codes = result.reasons.map((r) => r.code).join(', ');
  return `${result.verdict.padEnd(10)} ${(result.service ?? '-').padEnd(18)} ${(result.kind ?? '-').padEnd(17)} ${result.url}${codes ? `  [${codes}]` : ''}`;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (!json) {
    process.stdout.write(
      `${'VERDICT'.padEnd(10)} ${'SERVICE'.padEnd(18)} ${'KIND'.padEnd(17)} URL\n`,
    );
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    let result: Result;
    try {
      result = await classifyLine(raw);
    } catch (error) {
      result = { url: raw, error: `unexpected failure: ${String(error)}` };
    }
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${tableRow(result)}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`detect: ${String(error)}\n`);
  process.exitCode = 1;
});
