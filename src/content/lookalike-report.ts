import type { LookalikeText } from '../messaging/messages';

/**
 * The warning's report parts: the organisation's line (when its policy has warnings reported to
 * it) and "Report this page to Microsoft", which asks the background to open Microsoft's form in a
 * new tab. Only a real click counts: the page can't report itself, or get reported, by script.
 */
export function reportParts(doc: Document, text: LookalikeText, report: () => void): Node[] {
  const parts: Node[] = [];
  if (text.organisation) {
    const line = doc.createElement('p');
    line.className = 'organisation';
    line.setAttribute('data-testid', 'organisation-told');
    line.textContent = text.organisation;
    parts.push(line);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'report';
  button.textContent = text.report;
  button.addEventListener('click', (event) => {
    if (event.isTrusted) report();
  });
  parts.push(button);
  return parts;
}
