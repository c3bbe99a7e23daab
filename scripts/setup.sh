#!/usr/bin/env bash
# npm run setup: install dependencies, make sure both browsers are present, build both targets.
set -euo pipefail
cd "$(dirname "$0")/.."

# .puppeteerrc.cjs keeps Puppeteer from downloading any browser: the tests use the system's.
echo "==> Installing dependencies (no browser downloads)"
npm ci --no-audit --no-fund

bash scripts/ensure-browsers.sh

echo "==> Building Chrome and Firefox (Manifest V3) and the store zips"
npx wxt prepare
npm run --silent zip
echo "==> Setup complete: .output/chrome-mv3 and .output/firefox-mv3 are ready"
