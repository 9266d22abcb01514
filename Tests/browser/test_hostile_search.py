"""The hostile site of Tests/BriefingEndToEndTests/HostileSiteTests.swift in a real browser: every text field carries
markup and attribute payloads; a reader types a query that matches the hostile titles on the search page, and no
element or attribute from content appears, no dialog opens."""
import textwrap

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By

from conftest import build
from test_browser import search

ELEMENT_PAYLOAD = '"><script>alert(1)</script><x-injected x-injected-attr=1>'
ATTRIBUTE_PAYLOAD = "' onmouseover='alert(2)' x-injected-attr='"
PAYLOAD = ELEMENT_PAYLOAD + " " + ATTRIBUTE_PAYLOAD


def yaml(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def link_title(text):
    return '"' + text.replace('"', '\\"') + '"'


def hostile_files():
    p = yaml(PAYLOAD)
    return {
        "Content/site.yml": f"""\
            title: {p}
            description: {p}
            base_url: https://example.org/briefing/
            language: en
            taxonomies:
              impacts:
                hostile-impact: {{title: {p}, description: {p}}}
              roles:
                hostile-role: {{title: {p}, description: {p}}}
            """,
        "Content/countries.yml": f"""\
            "PK": {{name: {p}, region: {p}}}
            "TR": {{name: {yaml("T" + PAYLOAD)}, region: {p}}}
            """,
        "Content/alliances/hostile.yml": f"""\
            name: {p}
            short_name: {p}
            kind: bilateral
            members: ["PK", {{country: "TR", joined: 2001}}]
            established: 2000
            roles: [hostile-role]
            impacts: [hostile-impact]
            summary: {p}
            members_note: {p}
            headquarters: {p}
            sources:
              - title: {p}
                url: "https://example.org/source?a=1&b=2"
            """,
        "Content/articles/hostile.md": f"""\
            ---
            title: {p}
            date: 2025-02-03
            summary: {p}
            alliances: [hostile]
            countries: ["PK", "TR"]
            impacts: [hostile-impact]
            roles: [hostile-role]
            ---
            Intro with [a link](https://example.org/ {link_title(PAYLOAD)}) and [a cross-link](alliance:hostile {link_title(PAYLOAD)}).

            ![{PAYLOAD}](https://example.org/image.png {link_title(PAYLOAD)})

            ## {PAYLOAD}

            Text.
            """,
    }


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-site")
    for path, text in hostile_files().items():
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text), encoding="utf-8")
    return build(root, root.parent / (root.name + "-Output"))


def injected(driver):
    return driver.execute_script(
        "return document.querySelectorAll('x-injected, [x-injected-attr], [onmouseover], script:not([src])').length")


def assert_no_dialog(driver):
    try:
        alert = driver.switch_to.alert
    except NoAlertPresentException:
        return
    text = alert.text
    alert.dismiss()
    pytest.fail(f"a dialog opened: {text}")


def test_typing_a_query_matching_the_hostile_titles_injects_nothing(browser, hostile_site):
    results = search(browser, hostile_site, "alert")
    assert results, browser.find_element(By.ID, "search-status").text
    assert any("<script>" in result.text for result in results), "the hostile titles are shown as text"
    assert_no_dialog(browser)
    assert injected(browser) == 0
    for result in results:
        assert result.get_attribute("onmouseover") is None


@pytest.mark.parametrize("page", ["index.html", "articles/hostile/index.html", "alliances/hostile/index.html",
                                  "countries/pk/index.html", "404.html", "briefing.html"])
def test_hostile_pages_hold_no_injected_element(browser, hostile_site, page):
    browser.get(hostile_site.url(page))
    assert_no_dialog(browser)
    assert injected(browser) == 0
