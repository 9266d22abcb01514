"""Shared fixtures for the browser, feed, sitemap and validator tests.

The sites are built with the real `briefing` binary ($BRIEFING_BINARY, else .build/debug/briefing, which
`make test` builds first) into temporary folders. Chromium and chromedriver come from Debian's packages
(/usr/bin/chromium, /usr/bin/chromedriver); nothing is downloaded.
"""
import os
import pathlib
import shutil
import subprocess
import textwrap

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("BRIEFING_BINARY", REPO / ".build" / "debug" / "briefing"))
PUBLISHED_BASE_URL = "https://briefing.example.org/security/"
SCREENSHOTS = pathlib.Path(os.environ.get("BRIEFING_SCREENSHOTS", REPO / ".build-pytools" / "screenshots"))


class BuiltSite:
    def __init__(self, output: pathlib.Path, result: subprocess.CompletedProcess):
        self.output = output
        self.stderr = result.stderr
        self.stdout = result.stdout

    def url(self, path: str = "index.html") -> str:
        return (self.output / path).as_uri()

    def html_pages(self) -> list[str]:
        return sorted(p.relative_to(self.output).as_posix() for p in self.output.rglob("*.html"))


def build(root: pathlib.Path, output: pathlib.Path, *arguments: str) -> BuiltSite:
    if not BINARY.is_file():
        pytest.fail(f"no briefing binary at {BINARY}; run `swift build` first (make test does)")
    result = subprocess.run([str(BINARY), "build", "--root", str(root), "--output", str(output), *arguments],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"briefing build failed:\n{result.stderr}"
    return BuiltSite(output, result)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> BuiltSite:
    """The repository's example site as `make site` builds it: no base_url."""
    return build(REPO, tmp_path_factory.mktemp("example") / "Output")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> BuiltSite:
    """The example site built for publishing at a sub-path of a web server."""
    return build(REPO, tmp_path_factory.mktemp("published") / "Output", "--base-url", PUBLISHED_BASE_URL)


UNICODE_SITE = {
    "Content/site.yml": """\
        title: "Briefing: Gulf & Africa <test>"
        description: Names in several scripts.
        base_url: https://example.org/
        taxonomies:
          impacts:
            national-security: {title: National security}
          roles:
            military-cooperation: {title: Military cooperation}
        """,
    "Content/countries.yml": """\
        "AE": {name: "الإمارات العربية المتحدة", region: Middle East}
        "CI": {name: "Côte d’Ivoire", region: Africa}
        "TR": {name: Türkiye, region: Europe}
        "SA": {name: Saudi Arabia, region: Middle East}
        """,
    "Content/alliances/gulf-africa.yml": """\
        name: Gulf–Africa Maritime Compact
        short_name: GAMC
        kind: multilateral
        members: ["AE", "CI", "TR"]
        established: 2019
        roles: [military-cooperation]
        impacts: [national-security]
        summary: A fictional compact used to test search in several scripts.
        sources: [{title: Test source, url: "https://example.org/source"}]
        """,
    "Content/alliances/sa-ci.yml": """\
        name: Saudi–Ivorian Training Accord
        members: ["SA", "CI"]
        established: 2021-04-02
        sources: [{title: Test source, url: "https://example.org/source"}]
        """,
    "Content/articles/arabic-names.md": """\
        ---
        title: "التعاون الأمني في الخليج"
        date: 2024-05-01
        summary: An article with an Arabic title about the [GAMC].
        alliances: [gulf-africa, sa-ci]
        countries: ["AE"]
        impacts: [national-security]
        ---

        The [compact](alliance:gulf-africa) links [the Emirates](country:AE) with partners.

        ## المناورات البحرية

        قامت القوات البحرية بتدريبات مشتركة قرب الساحل. Zanzibarite patrols were discussed.
        """,
    "Content/articles/ivorian-view.md": """\
        ---
        title: "A view from Abidjan"
        date: 2024-06-02
        summary: How Côte d'Ivoire sees its partners & why <it> matters.
        countries: ["CI", "TR"]
        roles: [military-cooperation]
        ---

        [Côte d’Ivoire](country:CI) and [Türkiye](country:TR) signed a training plan; see also
        [the Gulf article](article:arabic-names#المناورات-البحرية).
        """,
}


@pytest.fixture(scope="session")
def unicode_site(tmp_path_factory) -> BuiltSite:
    """A small site with Arabic-script, accented and apostrophe names, and characters that need escaping."""
    root = tmp_path_factory.mktemp("unicode-site")
    for path, text in UNICODE_SITE.items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text), encoding="utf-8")
    return build(root, root.parent / (root.name + "-Output"))


def chromium_options(javascript: bool = True):
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--hide-scrollbars", "--force-color-profile=srgb",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return options


def start_chromium(javascript: bool = True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    driver_path = "/usr/bin/chromedriver"
    if not os.path.exists(driver_path):
        pytest.fail("no /usr/bin/chromedriver; run scripts/install-test-tools.sh (apt-get install chromium-driver)")
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=chromium_options(javascript))


@pytest.fixture(scope="session")
def chromium():
    driver = start_chromium()
    yield driver
    driver.quit()


@pytest.fixture()
def browser(chromium):
    """The shared Chromium, reset to a desktop window with the default colour scheme and screen media."""
    chromium.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    chromium.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
    chromium.get_log("browser")  # drop messages of earlier tests
    yield chromium
    chromium.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    chromium.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": []})
