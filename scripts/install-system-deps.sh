#!/usr/bin/env bash
# Installs the system tools the tests need when they are missing: a Chromium (unless one is
# already there: $CHROMIUM_PATH, Playwright's own, or a system Chrome/Chromium) and poppler's
# pdftotext/pdffonts for the PDF tests. Uses apt-get (Debian/Ubuntu); elsewhere it says what
# to install and exits 1.
set -euo pipefail

have_browser() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  for b in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    [ -x "$b" ] && return 0
  done
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-*/chrome >/dev/null 2>&1 && return 0
  return 1
}

need=()
have_browser || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
[ ${#need[@]} -eq 0 ] && { echo "[setup] system tools present"; exit 0; }

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "[setup] installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "[setup] missing: ${need[*]}. Install Chromium or Chrome (or set CHROMIUM_PATH) and poppler (pdftotext, pdffonts), e.g. 'brew install poppler' on macOS." >&2
  exit 1
fi
