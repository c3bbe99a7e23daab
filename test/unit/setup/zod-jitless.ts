import { z } from 'zod';

// The extension ships without zod's `new Function` object parser (modules/safe-bundle.ts), so the
// unit tests turn it off too and exercise the same parser the extension runs.
z.config({ jitless: true });
