"""feed.xml through Python's feedparser, sitemap.xml through an XML parser, and 404.html."""
import re
import xml.etree.ElementTree as ElementTree

import feedparser

from conftest import PUBLISHED_BASE_URL

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def article_dates(site):
    """ISO date of every article page, from its <time datetime> in the page header."""
    dates = {}
    for page in site.html_pages():
        if re.fullmatch(r"articles/[^/]+/index\.html", page):
            html = (site.output / page).read_text(encoding="utf-8")
            dates[page] = re.search(r'Published <time datetime="([0-9-]+)"', html).group(1)
    return dates


def test_published_feed_is_valid_atom_with_absolute_links(published_site):
    feed = feedparser.parse(str(published_site.output / "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    dates = article_dates(published_site)
    assert len(feed.entries) == min(20, len(dates)) > 0
    newest = max(dates.values())
    assert feed.feed.updated.startswith(newest)
    assert feed.feed.id == PUBLISHED_BASE_URL
    self_link = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_link == [PUBLISHED_BASE_URL + "feed.xml"]
    entry_dates = [entry.published[:10] for entry in feed.entries]
    assert entry_dates == sorted(entry_dates, reverse=True), "entries newest first"
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    for entry in feed.entries:
        assert entry.link.startswith(PUBLISHED_BASE_URL + "articles/") and entry.link.endswith("/index.html")
        assert entry.id == entry.link
        assert dates[entry.link[len(PUBLISHED_BASE_URL):]] == entry.published[:10]
        assert entry.title and entry.summary
        body = entry.content[0].value
        # Relative links of the body resolve (through xml:base) to the published site.
        links = re.findall(r'href="([^"]+)"', body)
        assert links, entry.title
        for link in links:
            assert link.startswith(("https://", "http://")), link


def test_feed_without_base_url_still_parses(example_site):
    # The example site turns the missing-base-url warning off in its site.yml (`diagnostics:`), so its build prints
    # nothing on standard error; the warning itself is tested in DiagnosticLevelTests.
    assert example_site.stderr == ""
    feed = feedparser.parse(str(example_site.output / "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.entries
    for entry in feed.entries:
        assert entry.id.startswith("urn:uuid:")
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_feed_escapes_titles_and_summaries(unicode_site):
    feed = feedparser.parse(str(unicode_site.output / "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Briefing: Gulf & Africa <test>"
    summaries = {entry.title: entry.summary for entry in feed.entries}
    assert summaries["A view from Abidjan"] == "How Côte d'Ivoire sees its partners & why <it> matters."
    assert "التعاون الأمني في الخليج" in summaries


def sitemap_locations(site):
    tree = ElementTree.parse(site.output / "sitemap.xml")
    root = tree.getroot()
    assert root.tag == SITEMAP + "urlset"
    return {url.findtext(SITEMAP + "loc"): url.findtext(SITEMAP + "lastmod") for url in root.findall(SITEMAP + "url")}


def test_sitemap_lists_every_page_with_absolute_urls(published_site):
    locations = sitemap_locations(published_site)
    # The not-found page of each language (404.html, ar/404.html) is not a page to index.
    pages = [page for page in published_site.html_pages() if page not in ("404.html", "ar/404.html")]
    assert sorted(locations) == sorted(PUBLISHED_BASE_URL + page for page in pages)
    for page, date in article_dates(published_site).items():
        assert locations[PUBLISHED_BASE_URL + page] == date


def test_sitemap_without_base_url_lists_every_page(example_site):
    locations = sitemap_locations(example_site)
    assert sorted(locations) == [page for page in example_site.html_pages() if page not in ("404.html", "ar/404.html")]


def test_not_found_page_links_absolutely_when_published(published_site, example_site):
    published = (published_site.output / "404.html").read_text(encoding="utf-8")
    assert "Page not found" in published
    assert f'action="{PUBLISHED_BASE_URL}search/index.html"' in published
    # The page is served at any depth of the live site and also opened from disk: its stylesheet is inline,
    # so it neither loads anything from the network nor depends on where it is (SPEC §7, remote resources).
    for page in (published, (example_site.output / "404.html").read_text(encoding="utf-8")):
        assert "<style>" in page
        assert 'rel="stylesheet"' not in page
