#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed: the tests never download a browser.
# With them, the language resources the e2e tests run the browsers in (test/e2e/i18n.e2e.ts in
# German, test/e2e/popup-layout.e2e.ts in every language Account Helper speaks): Chromium's
# translations and Firefox's German, French and Spanish language packs.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -e /usr/lib/chromium/locales/de.pak ] || missing+=(chromium-l10n)
langpacks=/usr/lib/firefox-esr/browser/extensions
[ -e "$langpacks/langpack-de@firefox-esr.mozilla.org.xpi" ] || missing+=(firefox-esr-l10n-de)
[ -e "$langpacks/langpack-fr@firefox-esr.mozilla.org.xpi" ] || missing+=(firefox-esr-l10n-fr)
[ -e "$langpacks/langpack-es-ES@firefox-esr.mozilla.org.xpi" ] || missing+=(firefox-esr-l10n-es-es)
if [ ${#missing[@]} -eq 0 ]; then
  echo "==> Browsers present: $(/usr/bin/chromium --version 2>/dev/null | head -1); $(/usr/bin/firefox-esr --version 2>/dev/null)"
  exit 0
fi

command="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "==> Installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
else
  echo "Account Helper's end-to-end tests need ${missing[*]}. Install them with:" >&2
  echo "  sudo sh -c '$command'" >&2
  exit 1
fi
