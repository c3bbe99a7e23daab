import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  addressNamesMicrosoft,
  namesMicrosoft,
  showsMicrosoftSign,
} from '../../../src/content/microsoft-sign';

const page = (html: string) =>
  parseHTML(`<!doctype html><html>${html.includes('<body') ? html : `<body>${html}</body>`}</html>`)
    .document as unknown as Document;
const at = (hostname: string, pathname = '/') => ({ hostname, pathname }) as Location;

describe('namesMicrosoft', () => {
  it.each([
    'Sign in to your Microsoft account',
    'Office 365',
    'M i c r o s o f t',
    'Micr0soft',
    'Mіcrosoft', // Cyrillic і
    'MİCROSOFT', // Turkish dotted İ
    'Micro\u200bsoft',
    'One\u00adDrive',
    'Outlook Web App',
    'SharePoint',
  ])('finds %s', (text) => {
    expect(namesMicrosoft(text)).toBe(true);
  });

  it.each([
    'Welcome to the gardening club',
    'Our office hours are 9 to 5',
    'Sign in to your account',
    'Google Account',
  ])('not in %s', (text) => {
    expect(namesMicrosoft(text)).toBe(false);
  });
});

describe('addressNamesMicrosoft', () => {
  it.each([
    at('login-micros0ft.example'),
    at('example.net', '/office365/login.php'),
    at('mail.example.net', '/owa/auth/logon.aspx'),
    at('exch365-verify.example'),
    at('0ffice-docs.example'),
  ])('finds %o', (where) => {
    expect(addressNamesMicrosoft(where)).toBe(true);
  });

  it.each([
    at('gardening.example', '/club'),
    at('stackexchange.com', '/questions/1'),
    at('power.example', '/flowers'),
  ])('not in %o', (where) => {
    expect(addressNamesMicrosoft(where)).toBe(false);
  });
});

describe('showsMicrosoftSign', () => {
  it('is false for an ordinary page, even with words in its scripts', () => {
    const doc = page(
      '<head><title>Gardening club</title></head><body><p>Bring seeds.</p><script>track("microsoft")</script></body>',
    );
    expect(showsMicrosoftSign(doc)).toBe(false);
  });

  it.each([
    ['the title', '<head><title>Sign in to Outlook</title></head><body><p>Loading</p></body>'],
    ['the text', '<head><title>Docs</title></head><body><h1>Microsoft</h1></body>'],
    ['an image description', '<body><img alt="Microsoft logo" src="a.png"></body>'],
    ['an image file name', '<body><img src="/img/microsoft_logo.svg"></body>'],
    [
      'four CSS squares in the logo colours',
      '<head><style>.a{background:#F25022}.b{background:#7FBA00}</style></head><body><div class="a"></div></body>',
    ],
    [
      'an SVG logo',
      '<body><svg><rect fill="#f35325"/><rect fill="#81bc06"/><rect fill="#05a6f0"/></svg></body>',
    ],
  ])('finds Microsoft in %s', (_where, html) => {
    expect(showsMicrosoftSign(page(html))).toBe(true);
  });

  it('one colour alone is not the logo', () => {
    expect(showsMicrosoftSign(page('<body><p style="color:#00a4ef">Sky</p></body>'))).toBe(false);
  });
});
