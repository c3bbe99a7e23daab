import { useRef, useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { ImportResult } from '../../messaging/reminder-messages';
import {
  EXPORT_STORES,
  type ExportStore,
  type ImportPreview,
  type ImportProblem,
  importProblem,
  MAX_IMPORT_CHARS,
  parseExport,
} from '../../storage/export-import';
import { errorMessage, formatDate } from '../reminders/format';
import { say, t, tn } from '../shared/i18n';
import type { RunChange } from './MyData';

const STORE_LABELS = Object.fromEntries(
  EXPORT_STORES.map((store) => [store, t(`data.store.${store}`)]),
) as Record<ExportStore, string>;

interface DataSectionProps {
  run: RunChange;
  busy: boolean;
  /** Everything was deleted: other parts of the page should read their data again. */
  onAllDeleted?(): void;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'problems'; problems: ImportProblem[] }
  | { step: 'preview'; text: string; preview: ImportPreview; exportedAt: number }
  | { step: 'done'; preview: ImportPreview };

/** Export to a file, import one (after a preview), and delete everything. */
export function DataSection({ run, busy, onAllDeleted }: DataSectionProps) {
  const [exportStatus, setExportStatus] = useState('');
  const [exported, setExported] = useState({ count: 0, text: '' });
  const [importState, setImportState] = useState<ImportState>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteStatus, setDeleteStatus] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  async function exportData() {
    setExportStatus('');
    try {
      const { text, fileName } = await send({ type: 'my-data/export' });
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      if (import.meta.env.MODE === 'e2e') setExported(({ count }) => ({ count: count + 1, text }));
      setExportStatus(t('data.export.saved', { file: fileName }));
    } catch (error) {
      setExportStatus(t('data.export.failed', { error: errorMessage(error) }));
    }
  }

  async function check(text: string) {
    // Checked here first for a quick answer; the background checks again before writing.
    const local = parseExport(text);
    if (!local.ok) {
      setImportState({ step: 'problems', problems: local.problems });
      return;
    }
    setImportState({ step: 'checking' });
    try {
      const result: ImportResult = await send({ type: 'my-data/preview-import', text });
      setImportState(
        result.ok
          ? { step: 'preview', text, preview: result.preview, exportedAt: result.exportedAt }
          : { step: 'problems', problems: result.problems },
      );
    } catch (error) {
      setImportState({
        step: 'problems',
        problems: [{ path: '(file)', reason: errorMessage(error) }],
      });
    }
  }

  async function onFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS * 4) {
      // Not read at all: far too big to be an export.
      setImportState({
        step: 'problems',
        problems: [importProblem('(file)', 'import.far-too-big')],
      });
      return;
    }
    await check(await file.text());
  }

  async function apply(text: string) {
    let outcome: ImportResult | null = null;
    const ok = await run(async () => {
      outcome = await send({ type: 'my-data/import', text });
      return send({ type: 'my-data/view' });
    });
    const result = outcome as ImportResult | null;
    if (!ok || !result) return;
    if (result.ok) {
      setImportState({ step: 'done', preview: result.preview });
      setPasted('');
      if (fileInput.current) fileInput.current.value = '';
    } else {
      setImportState({ step: 'problems', problems: result.problems });
    }
  }

  function cancelImport() {
    setImportState({ step: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
  }

  async function deleteEverything() {
    const ok = await run(() => send({ type: 'my-data/delete-all', confirm: true }));
    if (ok) {
      setConfirmDelete(false);
      setImportState({ step: 'idle' });
      // "Saved as …" spoke of data that is gone now.
      setExportStatus('');
      setDeleteStatus(t('data.delete.done'));
      onAllDeleted?.();
    }
  }

  return (
    <section class="card" id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>

      <h3>{t('data.export.heading')}</h3>
      <p class="muted">{t('data.export.intro')}</p>
      <button type="button" data-testid="export" onClick={exportData}>
        {t('data.export.button')}
      </button>
      <p role="status" class="muted" data-testid="export-status">
        {exportStatus}
      </p>
      {import.meta.env.MODE === 'e2e' && (
        // The e2e build shows the test what the export button produced.
        <output hidden data-testid="export-text" data-count={exported.count}>
          {exported.text}
        </output>
      )}

      <h3>{t('data.import.heading')}</h3>
      <p class="muted">{t('data.import.intro')}</p>
      <label class="rm-field">
        <span>{t('data.import.file')}</span>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          onChange={onFile}
        />
      </label>
      <details>
        <summary>{t('data.import.paste')}</summary>
        <label class="rm-field">
          <span>{t('data.import.text')}</span>
          <textarea
            data-testid="import-text"
            value={pasted}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </label>
        <button type="button" data-testid="import-check" onClick={() => check(pasted)}>
          {t('data.import.check')}
        </button>
      </details>
      <ImportStatus state={importState} busy={busy} onApply={apply} onCancel={cancelImport} />

      <h3>{t('data.delete.heading')}</h3>
      <p class="muted">{t('data.delete.intro')}</p>
      {confirmDelete ? (
        <fieldset class="rm-confirm" aria-labelledby="delete-question">
          <p id="delete-question">{t('data.delete.question')}</p>
          <div class="rm-actions">
            <button
              type="button"
              class="rm-danger primary"
              data-testid="confirm-delete-all"
              disabled={busy}
              onClick={deleteEverything}
            >
              {t('data.delete.confirm')}
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              {t('options.cancel')}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="rm-danger"
          data-testid="delete-all"
          onClick={() => {
            setDeleteStatus('');
            setConfirmDelete(true);
          }}
        >
          {t('data.delete.button')}
        </button>
      )}
      <p role="status" data-testid="delete-status">
        {deleteStatus}
      </p>
    </section>
  );
}

function ImportStatus({
  state,
  busy,
  onApply,
  onCancel,
}: {
  state: ImportState;
  busy: boolean;
  onApply(text: string): void;
  onCancel(): void;
}) {
  switch (state.step) {
    case 'idle':
      return null;
    case 'checking':
      return <p class="muted">{t('data.import.checking')}</p>;
    case 'problems':
      return (
        <div role="alert" class="rm-problems" data-testid="import-problems">
          <p class="rm-error">
            <strong>{t('data.import.refused')}</strong>
          </p>
          <ul>
            {state.problems.map((problem, index) => (
              <li key={`${index}:${problem.path}`} data-path={problem.path}>
                <code>{problem.path}</code>: {say({ message: problem.reason, text: problem.text })}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'preview':
      return (
        <div data-testid="import-preview">
          <p>{t('data.import.preview', { date: formatDate(state.exportedAt) })}</p>
          <PreviewTable preview={state.preview} />
          <NewlyDismissedHosts hosts={state.preview.newlyDismissedHosts} />
          <div class="rm-actions">
            <button
              type="button"
              class="primary"
              data-testid="import-apply"
              disabled={busy}
              onClick={() => onApply(state.text)}
            >
              {t('data.import.apply')}
            </button>
            <button type="button" onClick={onCancel}>
              {t('options.cancel')}
            </button>
          </div>
        </div>
      );
    case 'done':
      return (
        <p role="status" data-testid="import-done">
          {t('data.import.done')} {summary(state.preview)}
        </p>
      );
  }
}

function summary(preview: ImportPreview): string {
  const { accounts } = preview;
  const total = accounts.added + accounts.changed + accounts.unchanged;
  return tn('data.import.accounts', total);
}

/** Every lookalike site the file would stop warning about, named, not hidden in a count. */
function NewlyDismissedHosts({ hosts }: { hosts: string[] }) {
  if (hosts.length === 0) return null;
  return (
    <div class="rm-confirm" data-testid="import-dismissed-hosts">
      <p>{tn('data.import.dismissed-hosts', hosts.length)}</p>
      <ul class="rm-host-list">
        {hosts.map((host) => (
          <li key={host}>
            <code>{host}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <table class="rm-preview">
      <caption class="rm-visually-hidden">{t('data.import.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('data.import.column.data')}</th>
          <th scope="col">{t('data.import.column.added')}</th>
          <th scope="col">{t('data.import.column.changed')}</th>
          <th scope="col">{t('data.import.column.removed')}</th>
          <th scope="col">{t('data.import.column.unchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {EXPORT_STORES.map((store) => {
          const diff = preview[store];
          return (
            <tr key={store} data-store={store}>
              <th scope="row">{STORE_LABELS[store]}</th>
              <td data-count="added">{diff.added}</td>
              <td data-count="changed">{diff.changed}</td>
              <td data-count="removed">{diff.removed}</td>
              <td data-count="unchanged">{diff.unchanged}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
