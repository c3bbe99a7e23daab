import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOnMicrosoftPage } from '../src/content/main';
import { GENUINE_MATCH_PATTERNS } from '../src/core/detection';

export default defineContentScript({
  matches: GENUINE_MATCH_PATTERNS,
  runAt: 'document_idle',
  main: runOnMicrosoftPage,
});
