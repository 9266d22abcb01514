"""Headless Chromium (Debian's chromium + chromium-driver, driven by selenium) reading the built sites from disk,
as a reader who opens Output/index.html from a USB stick would: file:// URLs, no server, no network."""
import base64
import re

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import SCREENSHOTS, start_chromium


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def wait(driver, condition, timeout=20):
    return WebDriverWait(driver, timeout).until(condition)


def search_results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result-title")


def wait_for_results(driver):
    try:
        wait(driver, lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    except TimeoutException:
        pytest.fail("the search page never reported a result count")
    return search_results(driver)


def search(driver, site, query):
    """Runs a query on the search page by typing it, as a reader would."""
    driver.get(site.url("search/index.html"))
    field = wait(driver, expected_conditions.element_to_be_clickable((By.ID, "search-input")))
    field.clear()
    field.send_keys(query)
    field.send_keys(Keys.ENTER)
    wait(driver, lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    return search_results(driver)


def screenshot(driver, name, width):
    """A full-page PNG at the given CSS width, saved for people to look at; returns its path."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    capture = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}})
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{width}.png"
    path.write_bytes(base64.b64decode(capture["data"]))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return path


def test_reader_follows_links_from_home_to_article_to_alliance(browser, example_site):
    browser.get(example_site.url())
    assert browser.title == "Security Alliances Briefing"
    # The stylesheet loaded from disk: the header has its accent rule.
    header = browser.find_element(By.CSS_SELECTOR, ".site-header")
    assert header.value_of_css_property("border-top-width") == "4px"

    first_article = browser.find_element(By.CSS_SELECTOR, ".latest .item-title")
    title = first_article.text
    first_article.click()
    wait(browser, lambda d: re.search(r"/articles/[^/]+/index\.html$", d.current_url))
    assert browser.find_element(By.TAG_NAME, "h1").text == title
    assert browser.find_elements(By.CSS_SELECTOR, ".prose p")

    alliance = browser.find_element(By.CSS_SELECTOR, ".cards .card-title a")
    name = alliance.text
    alliance.click()
    wait(browser, lambda d: re.search(r"/alliances/[^/]+/index\.html$", d.current_url))
    assert browser.find_element(By.TAG_NAME, "h1").text == name
    assert browser.find_elements(By.CSS_SELECTOR, ".member-list li")
    assert console_errors(browser) == []


def test_search_from_the_header_finds_an_alliance_from_file_url(browser, example_site):
    browser.get(example_site.url("alliances/index.html"))
    field = browser.find_element(By.CSS_SELECTOR, ".site-search input[name=q]")
    field.send_keys("Shusha")
    field.send_keys(Keys.ENTER)
    wait(browser, lambda d: "/search/index.html?q=Shusha" in d.current_url)
    results = wait_for_results(browser)
    assert results, browser.find_element(By.ID, "search-status").text
    assert "Shusha Declaration" in results[0].text
    assert results[0].get_attribute("href").endswith("/alliances/turkey-azerbaijan-shusha/index.html")
    assert results[0].find_element(By.TAG_NAME, "mark").text == "Shusha"
    results[0].click()
    wait(browser, lambda d: d.current_url.endswith("/alliances/turkey-azerbaijan-shusha/index.html"))
    assert console_errors(browser) == []


def test_search_ignores_case_and_accents_and_ranks_title_matches_first(browser, example_site):
    results = search(browser, example_site, "TURKIYE")
    titles = [result.text for result in results]
    assert "Case Study: Pakistan and Türkiye" in titles
    # Every title that contains the word comes before any result that has it only in its text.
    title_matches = [("Türkiye" in title) for title in titles]
    assert title_matches[0]
    assert title_matches == sorted(title_matches, reverse=True), titles
    assert results[0].find_element(By.TAG_NAME, "mark").text == "Türkiye"
    kinds = {item.get_attribute("textContent") for item in browser.find_elements(By.CSS_SELECTOR, ".search-result-kind")}
    assert {"Article", "Alliance", "Country"} <= kinds
    assert console_errors(browser) == []


def test_search_finds_words_that_occur_only_in_article_bodies(browser, example_site):
    # "Iranian" is in no title, summary or source, only in the text of articles.
    body_only = "Iranian"
    index = (example_site.output / "search/search-index.js").read_text(encoding="utf-8")
    assert '"iranian"' in index and "Iranian" not in index
    results = search(browser, example_site, body_only.lower())
    assert results, "a word found only in a body must find its article"
    for result in results:
        page = result.get_attribute("href").split("/Output/", 1)[1]
        text = (example_site.output / page).read_text(encoding="utf-8")
        assert body_only in text


def test_search_is_keyboard_usable(browser, example_site):
    results = search(browser, example_site, "pakistan")
    assert len(results) >= 3
    field = browser.find_element(By.ID, "search-input")
    field.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == results[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == results[1]
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP)
    assert browser.switch_to.active_element == field
    field.send_keys(Keys.ARROW_DOWN)
    target = results[0].get_attribute("href")
    browser.switch_to.active_element.send_keys(Keys.ENTER)
    wait(browser, lambda d: d.current_url == target)
    # Focus is visible: the focused link gets the theme's outline.
    browser.get(example_site.url())
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    skip = browser.switch_to.active_element
    assert skip.get_attribute("class") == "skip-link"
    assert skip.value_of_css_property("outline-style") == "solid"
    assert skip.rect["y"] >= 0, "the skip link becomes visible when focused"


def test_search_finds_arabic_script_and_accented_names(browser, unicode_site):
    cases = {
        # query: title expected among the results
        "cote d'ivoire": "Côte d’Ivoire",
        "Côte d’Ivoire": "Côte d’Ivoire",
        "turkiye": "Türkiye",
        "الامارات": "الإمارات العربية المتحدة",   # hamza on the alef ignored
        "الأمني": "التعاون الأمني في الخليج",
        "مشتركة": "التعاون الأمني في الخليج",      # only in the article's body
        "abidjan": "A view from Abidjan",
    }
    for query, expected in cases.items():
        results = search(browser, unicode_site, query)
        titles = [result.text for result in results]
        if expected is None:
            assert titles == [], (query, titles)
        else:
            assert expected in titles, (query, titles)
    assert console_errors(browser) == []


# The same cases as SearchIndexTests.foldsCaseDiacriticsAndScriptVariants: search.js must fold queries exactly
# as SearchText.swift folded the index.
FOLD_CASES = [
    ("Côte d’Ivoire", "cote d ivoire"),
    ("Côte d'Ivoire", "cote d ivoire"),
    ("TÜRKİYE", "turkiye"),
    ("Türkiye", "turkiye"),
    ("  Saudi Arabia–Pakistan (SMDA)  ", "saudi arabia pakistan smda"),
    ("ﬁnal ＮＡＴＯ", "final nato"),
    ("الإمارات العربية المتحدة", "الامارات العربيه المتحده"),
    ("مُشْتَرَكَة", "مشتركه"),
    ("كـــبير ی ک ٢٠٢٥", "كبير ي ك 2025"),
    ("ΟΔΥΣΣΕΥΣ", "οδυσσευσ"),
    ("Ağrı", "agri"),
]


@pytest.mark.parametrize("site_name", ["example_site", "unicode_site"])
def test_browser_folds_text_like_the_index_builder(browser, site_name, request):
    site = request.getfixturevalue(site_name)
    browser.get(site.url("search/index.html"))
    folded = browser.execute_script(
        "return arguments[0].map(function (text) { return window.BriefingSearch.fold(text); })", [c[0] for c in FOLD_CASES])
    assert folded == [c[1] for c in FOLD_CASES]
    # Every body word the Swift side wrote is already folded by the browser's rules.
    unfolded = browser.execute_script(
        "var f = window.BriefingSearch.fold; return window.BRIEFING_SEARCH_INDEX.words.filter(function (w) { return f(w) !== w; })")
    assert unfolded == []


def test_search_page_without_javascript_points_to_the_lists(example_site):
    driver = start_chromium(javascript=False)
    try:
        driver.get(example_site.url("search/index.html"))
        notice = driver.find_element(By.CSS_SELECTOR, "noscript, .note")
        assert "JavaScript" in driver.find_element(By.TAG_NAME, "main").text
        links = {link.text: link.get_attribute("href") for link in driver.find_elements(By.CSS_SELECTOR, "#search-browse a")}
        assert links["All articles"].endswith("/articles/index.html")
        assert links["Alliances"].endswith("/alliances/index.html")
        assert links["Countries"].endswith("/countries/index.html")
        assert notice is not None
    finally:
        driver.quit()


def test_single_file_briefing_is_self_contained_and_links_inside_itself(browser, example_site):
    browser.get(example_site.url("briefing.html"))
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert browser.find_elements(By.CSS_SELECTOR, "link[rel=stylesheet], script, img[src^='http'], iframe") == []
    assert browser.find_element(By.CSS_SELECTOR, ".site-header").value_of_css_property("border-top-width") == "4px"
    articles = browser.find_elements(By.CSS_SELECTOR, "article.briefing-article")
    assert len(articles) == len([p for p in example_site.html_pages() if re.fullmatch(r"articles/[^/]+/index\.html", p)])
    dates = [article.find_element(By.TAG_NAME, "time").get_attribute("datetime") for article in articles]
    assert dates == sorted(dates), "articles in date order"
    cross_link = browser.find_element(By.CSS_SELECTOR, ".briefing-article .prose a[href^='#alliance-']")
    target = cross_link.get_attribute("href").split("#", 1)[1]
    cross_link.click()
    wait(browser, lambda d: d.execute_script("return location.hash") == "#" + target)
    assert browser.find_element(By.ID, target).find_element(By.TAG_NAME, "h4").is_displayed()
    for link in browser.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = link.get_attribute("href")
        assert href.startswith(("http://", "https://")) or href.startswith(example_site.url("briefing.html") + "#"), href
    assert console_errors(browser) == []


def test_print_layout_hides_navigation_shows_urls_and_breaks_before_articles(browser, example_site):
    browser.get(example_site.url("alliances/gcc/index.html"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    assert browser.find_element(By.CSS_SELECTOR, ".site-nav").value_of_css_property("display") == "none"
    assert browser.find_element(By.CSS_SELECTOR, ".site-search").value_of_css_property("display") == "none"
    source = browser.find_element(By.CSS_SELECTOR, ".source-list a[href^='http']")
    after = browser.execute_script("return getComputedStyle(arguments[0], '::after').content", source)
    assert source.get_dom_attribute("href") in after
    browser.get(example_site.url("briefing.html"))
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print", "features": []})
    article = browser.find_element(By.CSS_SELECTOR, "article.briefing-article")
    assert browser.execute_script("return getComputedStyle(arguments[0]).breakBefore", article) == "page"
    internal = browser.find_element(By.CSS_SELECTOR, ".prose a[href^='#']")
    assert browser.execute_script("return getComputedStyle(arguments[0], '::after').content", internal) in ("none", "normal", "")


def luminance(css_color):
    red, green, blue = (int(value) for value in re.findall(r"\d+", css_color)[:3])
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


def test_dark_mode_follows_the_system_setting(browser, example_site):
    browser.get(example_site.url())
    body = browser.find_element(By.TAG_NAME, "body")
    assert luminance(body.value_of_css_property("background-color")) > 0.8
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": "", "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    assert luminance(body.value_of_css_property("background-color")) < 0.2
    assert luminance(body.value_of_css_property("color")) > 0.7


@pytest.mark.parametrize("page", ["index.html", "articles/pakistan-turkey-strategic-cooperation/index.html",
                                  "alliances/gcc/index.html", "countries/pk/index.html", "search/index.html",
                                  "briefing.html"])
def test_layout_fits_a_360_pixel_screen(browser, example_site, page):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": True})
    browser.get(example_site.url(page))
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page} scrolls sideways by {overflow}px at 360px"
    assert browser.execute_script("return document.documentElement.clientWidth") == 360


def test_landmarks_on_every_kind_of_page(browser, example_site):
    for page in ["index.html", "articles/index.html", "alliances/gcc/index.html", "search/index.html", "404.html"]:
        browser.get(example_site.url(page))
        for selector in ["header.site-header", "nav[aria-label=Main]", "main#main", "footer.site-footer",
                         "form[role=search]", "a.skip-link[href='#main']"]:
            assert browser.find_elements(By.CSS_SELECTOR, selector), f"{page}: no {selector}"


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_of_home_article_alliance_and_search(browser, example_site, width):
    pages = {
        "home": "index.html",
        "article": "articles/pakistan-turkey-strategic-cooperation/index.html",
        "alliance": "alliances/gcc/index.html",
        "search": "search/index.html?q=pakistan",
        "briefing": "briefing.html",
    }
    for name, page in pages.items():
        path, _, query = page.partition("?")
        browser.get(example_site.url(path) + ("?" + query if query else ""))
        if name == "search":
            wait_for_results(browser)
        shot = screenshot(browser, name, width)
        assert shot.stat().st_size > 10_000
    assert console_errors(browser) == []
