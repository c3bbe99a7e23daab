// The Vite mode WXT builds with: `production`, or `e2e` for `npm run build:e2e` (see wxt.config.ts).
// Compared against literals only, so that e2e-only code is dropped from production builds.
interface ImportMetaEnv {
  readonly MODE: string;
}
