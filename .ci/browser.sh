#!/usr/bin/env bash
# Installs headless Chromium and the CJK fonts from Debian's packages for the browser tests
# (tests/RubricEngine.Browser.Tests, Category=Browser), which look at the HTML reports as a person would.
# Idempotent: installs only what is missing. Run by .ci/run.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-noto-cjk)
if (( ${#missing[@]} > 0 )); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "$(chromium --version 2>/dev/null) at $(command -v chromium); CJK font: $(fc-match 'Noto Sans CJK SC')"
