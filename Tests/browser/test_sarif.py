"""`briefing check --diagnostics sarif` read back by real SARIF consumers from PyPI.

sarif-tools (`sarif.loader`, what `sarif summary`/`sarif csv` use) gives each result's rule, file, line and
severity; sarif-pydantic validates the log against the SARIF 2.1.0 object model and gives the columns. The site is
Tests/Fixtures/sites/sarif-broken: a file name with a space, a `diagnostics:` level in site.yml, warnings and errors.
"""
import json
import subprocess

import sarif_pydantic
from sarif import loader

from conftest import BINARY, REPO

SITE = REPO / "Tests" / "Fixtures" / "sites" / "sarif-broken"

# (rule, file relative to the site root, line, column, level): every diagnostic the site gives.
EXPECTED = [
    ("yaml-comment-in-value", "Content/articles/overview.md", 2, 20, "warning"),
    ("yaml-comment-in-value", "Content/articles/overview.md", 4, 37, "warning"),
    ("missing-summary", "Content/articles/second look.md", 2, 1, "error"),
    ("invisible-character", "Content/articles/second look.md", 4, 19, "error"),
    ("unknown-reference", "Content/articles/second look.md", 7, 37, "error"),
]


def sarif_log(tmp_path):
    result = subprocess.run([str(BINARY), "check", "--root", str(SITE), "--diagnostics", "sarif"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    path = tmp_path / "briefing.sarif"
    path.write_text(result.stderr, encoding="utf-8")
    return path


def test_sarif_tools_reads_every_result(tmp_path):
    path = sarif_log(tmp_path)
    sarif_file = loader.load_sarif_file(str(path))
    assert sarif_file.get_distinct_tool_names() == ["briefing"]
    records = sarif_file.get_records()
    # sarif-tools gives the URI as written: relative, percent-encoded.
    got = [(r["Code"], r["Location"].replace("%20", " "), int(r["Line"]), r["Severity"]) for r in records]
    assert got == [(rule, file, line, level) for rule, file, line, _, level in EXPECTED]


def test_sarif_pydantic_validates_the_log_and_gives_columns(tmp_path):
    path = sarif_log(tmp_path)
    log = sarif_pydantic.Sarif.model_validate_json(path.read_text(encoding="utf-8"))
    assert log.version == "2.1.0"
    assert len(log.runs) == 1
    run = log.runs[0]
    assert run.tool.driver.name == "briefing"
    rules = [rule.id for rule in run.tool.driver.rules]
    assert rules == sorted({rule for rule, *_ in EXPECTED})
    got = []
    for result in run.results:
        assert rules[result.rule_index] == result.rule_id
        location = result.locations[0].physical_location
        assert location.artifact_location.uri_base_id == "%SRCROOT%"
        assert not location.artifact_location.uri.startswith("/")
        got.append((result.rule_id, location.artifact_location.uri, location.region.start_line,
                    location.region.start_column, result.level.value if hasattr(result.level, "value") else result.level))
    assert got == [(rule, file.replace(" ", "%20"), line, column, level) for rule, file, line, column, level in EXPECTED]


def test_columns_are_unicode_code_points(tmp_path):
    data = json.loads(sarif_log(tmp_path).read_text(encoding="utf-8"))
    assert data["runs"][0]["columnKind"] == "unicodeCodePoints"
    assert data["$schema"].endswith("sarif-2.1.0.json")
