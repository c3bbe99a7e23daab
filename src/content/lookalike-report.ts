import type { LookalikeText } from '../messaging/messages';

/**
 * The organisation's line, when its policy has lookalike warnings reported to it (the background
 * sends the report; the line only says so).
 */
export function organisationLine(doc: Document, text: LookalikeText): Node[] {
  if (!text.organisation) return [];
  const line = doc.createElement('p');
  line.className = 'organisation';
  line.textContent = text.organisation;
  return [line];
}

/**
 * "Report this page to Microsoft": asks the background to open Microsoft's form for the page in a
 * new tab. Only a real click counts: the page can't get itself reported by script.
 */
export function reportButton(doc: Document, text: LookalikeText, report: () => void): Node {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'report';
  button.textContent = text.report;
  button.addEventListener('click', (event) => {
    if (event.isTrusted) report();
  });
  return button;
}
