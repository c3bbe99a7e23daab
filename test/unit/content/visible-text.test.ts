import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';

describe('visible text length', () => {
  it('is counted the same past the kept text as within it', () => {
    const words = ['Spring', ' is  the time', '\n', 'to divide ', ' perennials', '', '  '];
    let body = '';
    for (let i = 0; i < 400; i++) {
      body += `<p>${words[i % words.length]}<b>${words[(i * 3) % words.length]}</b> tail ${i}</p>`;
    }
    const { document } = parseHTML(`<html><body>${body}</body></html>`);
    const doc = document as unknown as Document;
    const kept = buildPageSnapshot(doc, { text: 100 }, 'https://page.example.org/');
    const all = buildPageSnapshot(doc, { text: 1_000_000 }, 'https://page.example.org/');
    expect(all.text.length).toBeGreaterThan(2000);
    expect(kept.textLength).toBe(all.textLength);
  });
});
