import { describe, expect, it } from 'vitest';
import { classifyUrl, GENUINE_HOSTS, GENUINE_MATCH_PATTERNS } from '../../../src/core/detection';

describe('genuine host registry', () => {
  it('lists each host once, in normalised form', () => {
    const hosts = GENUINE_HOSTS.map((h) => h.host);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) {
      expect(new URL(`https://${host}/`).hostname).toBe(host);
      expect(host).not.toMatch(/\*|\.$/);
    }
  });

  it('contains no host where anyone can publish', () => {
    for (const { host } of GENUINE_HOSTS) {
      expect(host).not.toMatch(
        /azurewebsites\.net$|core\.windows\.net$|cloudapp\.|azurestaticapps\.net$|azureedge\.net$|sharepoint\.com$|github\.io$|b2clogin\.com$/,
      );
    }
  });

  it('exports a match pattern for every page host and none for redirect-only links', () => {
    expect(GENUINE_MATCH_PATTERNS).toContain('https://login.live.com/*');
    expect(GENUINE_MATCH_PATTERNS).toContain('https://login.microsoftonline.com/*');
    expect(GENUINE_MATCH_PATTERNS).toContain('https://login.partner.microsoftonline.cn/*');
    expect(GENUINE_MATCH_PATTERNS).not.toContain('https://aka.ms/*');
    expect(GENUINE_MATCH_PATTERNS).not.toContain('https://www.microsoft.com/*');
    for (const pattern of GENUINE_MATCH_PATTERNS) {
      expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      const host = pattern.slice('https://'.length, -2);
      expect(classifyUrl(`https://${host}/`).verdict, host).toBe('microsoft');
    }
  });
});
