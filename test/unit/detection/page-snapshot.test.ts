import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { PAGE_SNAPSHOT_LIMITS, PageSnapshotSchema } from '../../../src/core/detection';

function documentFrom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const SECRET = 'hunter2-SECRET-VALUE';

describe('buildPageSnapshot', () => {
  it('describes fields without ever reading their values', () => {
    const doc = documentFrom(`<!DOCTYPE html><html><head><title>Login</title></head><body>
      <form action="https://collect.example.net/p.php" method="POST">
        <input type="email" name="loginfmt" id="i0116" value="${SECRET}@example.com" placeholder="Email">
        <input type="password" name="passwd" value="${SECRET}">
        <textarea name="notes">${SECRET}</textarea>
        <select name="pick"><option value="${SECRET}" selected>${SECRET}</option></select>
      </form></body></html>`);
    const password = doc.querySelector('input[type=password]') as HTMLInputElement;
    password.value = `${SECRET}-typed`;
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/');
    expect(JSON.stringify(snapshot)).not.toContain('SECRET');
    expect(snapshot.fields.map((f) => [f.tag, f.type, f.name])).toEqual([
      ['input', 'email', 'loginfmt'],
      ['input', 'password', 'passwd'],
      ['textarea', 'textarea', 'notes'],
      ['select', 'select', 'pick'],
    ]);
    expect(snapshot.forms).toEqual([
      { actionHost: 'collect.example.net', actionPath: '/p.php', method: 'post' },
    ]);
  });

  it('records assets, images and the favicon by host and file name', () => {
    const doc = documentFrom(`<html><head><title> Sign in </title>
      <link rel="icon" href="https://aadcdn.msftauth.net/images/favicon_a_x.ico">
      <link rel="stylesheet" href="/css/site.css"><script src="https://cdn.example.com/js/app.js?v=2"></script>
      </head><body><img src="img/logo%20big.png" alt="Microsoft"><form action=""></form></body></html>`);
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/a/');
    expect(snapshot.title).toBe('Sign in');
    expect(snapshot.favicon).toEqual({
      alt: '',
      host: 'aadcdn.msftauth.net',
      file: 'favicon_a_x.ico',
    });
    expect(snapshot.images).toEqual([{ alt: 'Microsoft', host: '', file: 'logo big.png' }]);
    expect(snapshot.assetHosts.sort()).toEqual(['aadcdn.msftauth.net', 'cdn.example.com']);
    expect(snapshot.assetFiles).toContain('app.js');
    expect(snapshot.forms[0]?.actionHost).toBe('');
  });

  it('resolves addresses against the page’s <base> as a browser does, hosts against the page', () => {
    const doc =
      documentFrom(`<html><head><base href="https://collect.example.net/kit/"></head><body>
      <form action="post.php" method="post"></form><form action="https://page.example.org/own"></form>
      <img src="logo.png"></body></html>`);
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/a/b');
    expect(snapshot.forms.map((f) => [f.actionHost, f.actionPath])).toEqual([
      ['collect.example.net', '/kit/post.php'],
      ['', '/own'],
    ]);
    expect(snapshot.images).toEqual([{ alt: '', host: 'collect.example.net', file: 'logo.png' }]);
  });

  it('reads a form with an empty or no action as posting to the page itself, not its <base>', () => {
    // Exchange 2013's own logon page: its script sets the real action just before submitting.
    const doc = documentFrom(`<html><head><base href="https://cdn.example.net/owa/"></head><body>
      <form action="" method="POST" name="logonForm"></form><form method="post"></form></body></html>`);
    const snapshot = buildPageSnapshot(
      doc,
      {},
      'https://mail.example.org/owa/auth/logon.aspx?url=x',
    );
    expect(snapshot.forms.map((f) => [f.actionHost, f.actionPath])).toEqual([
      ['', '/owa/auth/logon.aspx'],
      ['', '/owa/auth/logon.aspx'],
    ]);
  });

  it('reads a saved server template’s action without the code the server fills in', () => {
    // Remote Desktop Web Access's own login.aspx, saved as the template it is served from.
    const doc = documentFrom(`<html><body>
      <form id="FrmLogin" action="login.aspx<%=SecurityElement.Escape(strReturnUrl)%>" method="post"></form>
      <form action="<?php echo htmlspecialchars($_SERVER['PHP_SELF']); ?>" method="post"></form></body></html>`);
    const snapshot = buildPageSnapshot(
      doc,
      {},
      'https://rds.example.org/RDWeb/Pages/en-US/login.aspx',
    );
    expect(snapshot.forms.map((f) => f.actionPath)).toEqual([
      '/RDWeb/Pages/en-US/login.aspx',
      '/RDWeb/Pages/en-US/login.aspx',
    ]);
  });

  it('takes a frame without an address of its own (srcdoc) as its parent’s page', () => {
    // No pageUrl and no http(s) document URL: the base (a srcdoc frame's parent) is the page.
    const doc = documentFrom(`<html><head><base href="https://page.example.org/a/"></head><body>
      <form action="post.php"></form><form action="https://collect.example.net/p"></form></body></html>`);
    const snapshot = buildPageSnapshot(doc);
    expect(snapshot.forms.map((f) => [f.actionHost, f.actionPath])).toEqual([
      ['', '/a/post.php'],
      ['collect.example.net', '/p'],
    ]);
  });

  it('keeps visible text only, collapsed and bounded', () => {
    const doc = documentFrom(`<html><body><script>var secret = "${SECRET}";</script>
      <style>.x{}</style><h1>Sign   in</h1><p>to continue</p><div hidden>${SECRET}</div>
      <p>${'word '.repeat(2_000)}</p></body></html>`);
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/');
    expect(snapshot.text.startsWith('Sign in to continue word')).toBe(true);
    expect(snapshot.text).not.toContain('SECRET');
    expect(snapshot.text.length).toBeLessThanOrEqual(PAGE_SNAPSHOT_LIMITS.text);
    expect(snapshot.textLength).toBeGreaterThan(9_000);
  });

  it('bounds every list and validates against the schema', () => {
    const many = (tag: string, n: number) =>
      Array.from({ length: n }, (_, i) => tag.replace('#', String(i))).join('');
    const doc =
      documentFrom(`<html><head>${many('<script src="https://h#.example.com/s#.js"></script>', 200)}</head><body>
      ${many('<input name="f#">', 500)}${many('<form action="/a#"></form>', 100)}${many('<img src="/i#.png" alt="x#">', 300)}
      </body></html>`);
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/');
    expect(snapshot.fields).toHaveLength(PAGE_SNAPSHOT_LIMITS.fields);
    expect(snapshot.forms).toHaveLength(PAGE_SNAPSHOT_LIMITS.forms);
    expect(snapshot.images).toHaveLength(PAGE_SNAPSHOT_LIMITS.images);
    expect(snapshot.assetHosts.length).toBeLessThanOrEqual(PAGE_SNAPSHOT_LIMITS.assetHosts);
    expect(snapshot.assetFiles.length).toBeLessThanOrEqual(PAGE_SNAPSHOT_LIMITS.assetFiles);
    expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('clips long attributes and accepts custom limits', () => {
    const doc = documentFrom(
      `<html><body><input name="${'n'.repeat(1_000)}"><input><input></body></html>`,
    );
    const snapshot = buildPageSnapshot(doc, { fields: 2 });
    expect(snapshot.fields).toHaveLength(2);
    expect(snapshot.fields[0]?.name).toHaveLength(PAGE_SNAPSHOT_LIMITS.string);
  });

  it('cuts after lower-casing, so a string that grows stays within the schema', () => {
    // 'İ' (U+0130) lower-cases to two code units: cut first, and 200 become 400.
    const long = 'İ'.repeat(PAGE_SNAPSHOT_LIMITS.string);
    const doc = documentFrom(`<html><body><form method="${long}">
      <input type="password" name="passwd"><input type="${long}" hidden></form></body></html>`);
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/');
    expect(snapshot.fields[1]?.type.length).toBe(PAGE_SNAPSHOT_LIMITS.string);
    expect(snapshot.forms[0]?.method.length).toBe(PAGE_SNAPSHOT_LIMITS.string);
    expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('schema rejects snapshots that carry too much', () => {
    const doc = documentFrom('<html><body></body></html>');
    const snapshot = buildPageSnapshot(doc);
    expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(PageSnapshotSchema.safeParse({ ...snapshot, text: 'x'.repeat(5_000) }).success).toBe(
      false,
    );
    expect(PageSnapshotSchema.safeParse({ ...snapshot, fields: [{ tag: 'input' }] }).success).toBe(
      false,
    );
  });
});
