import { describe, expect, it } from 'vitest';
import {
  analyseSavedPage,
  savedPageSnapshot,
  withoutServerCode,
} from '../../../scripts/lib/saved-page';
import { readPageSignals } from '../../../src/core/detection/page-signals';

describe('a kit saved as its PHP source', () => {
  it('is read as what its server sends: the markup between the code blocks', () => {
    const source =
      '<?php $to = [\'a\' => 1]; ?>\n<h1>Sign in</h1><input value="<?= $email ?>"><?php if ($x): ?><p>two</p><?php endif;';
    expect(withoutServerCode(source)).toBe('\n<h1>Sign in</h1><input value=""><p>two</p>');
  });

  it('keeps an XML declaration and text that only looks like a tag', () => {
    const page = '<?xml version="1.0"?><p>a <? b</p>';
    expect(withoutServerCode(page)).toBe(page);
  });

  const card = (header: string, url: string) =>
    analyseSavedPage(
      url,
      `${header}
<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<header><img src="assets/logo_company.png" alt="Microsoft"></header>
<?php if ($step === 1): ?>
<h1>Sign in</h1><p>Sign back in to your account to continue.</p>
<form method="POST" action=""><input type="email" name="email" placeholder=" "><label>Email or phone number</label>
<a href="#">Forgot your username?</a><button>Next</button></form>
<?php else: ?>
<h1>Enter password</h1><form method="POST" action=""><input type="password" name="password1"><label>Password</label>
<a href="#">Forgot your password?</a><button>Next</button></form>
<?php endif; ?>
<footer><a href="#">Help</a><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a></footer>
</body></html>`,
    );

  it('is judged on its page, however long the code in front of it', () => {
    // A browser reading the raw file would end the first block at `=>` and show the rest of the
    // code as the page's text, burying the card under it.
    const code = `<?php\n${Array.from({ length: 80 }, (_, i) => `$row${i} = ['key' => 'value ${i}', 'n' => ${i}];`).join('\n')}\n?>`;
    expect(card(code, 'https://tenant-portal-login.net/index.php').verdict).toBe('lookalike');
  });
});

describe('a copy of Outlook Web App that keeps only its class names', () => {
  const page = (
    action: string,
  ) => `<!DOCTYPE html><html><head><title>web-app settings</title></head>
<body><div class="sidebar"><div class="owaLogoContainer"><img src="logo.png" class="owaLogo" aria-hidden="true"></div></div>
<form method="post" action="${action}"><h1>Account Settings</h1>
<input type="email" name="email" placeholder="Email address"><input type="password" name="password" placeholder="Password">
<label><input type="checkbox"> Private computer</label><button>Sign in</button><p>&copy;2021 Microsoft</p></form></body></html>`;

  it('is an Outlook Web App copy on a host that is not the mail server', () => {
    const verdict = analyseSavedPage('https://mailbox-notice.example.net/set/', page('next.php'));
    expect(verdict.verdict).toBe('lookalike');
    expect(verdict.reasons[0]?.code).toBe('owa-copy');
  });

  it('is the organisation’s own when it posts to Exchange on its own host', () => {
    const own = analyseSavedPage(
      'https://mail.contoso-energy.com/owa/auth/logon.aspx?replaceCurrent=1',
      page('/owa/auth.owa'),
    );
    expect(own.verdict).not.toBe('lookalike');
  });
});

describe('Microsoft’s newer sign-in wording', () => {
  const flowPhrases = (line: string) =>
    readPageSignals(
      savedPageSnapshot(
        'https://portal.example-tenant.net/',
        `<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><input type="email" name="login"><button>Next</button></form><p>${line}</p></body></html>`,
      ),
    ).flowPhrases;

  it('counts the line under the form as one of its flow phrases, in either spelling', () => {
    expect(flowPhrases("Use private browsing if this isn't your device. Learn more")).toBe(1);
    expect(flowPhrases('Use private browsing if this is not your device.')).toBe(1);
    expect(flowPhrases('Browse privately on shared computers.')).toBe(0);
  });
});
