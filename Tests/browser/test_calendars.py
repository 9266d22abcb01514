"""Umm al-Qura and Persian dates from `briefing dates` (Foundation's Calendar) against independent converters.

SPEC §10: conversions come from Foundation's `Calendar`; these tests check them against PyPI's `hijridate`
(the official Umm al-Qura tables) and `convertdate` (Persian calendar), and check that neither `LANG` nor `TZ`
changes what briefing writes.

Foundation's Umm al-Qura data (ICU) matches the official tables from 1 Muharram 1420 AH (17 April 1999) to
the end of Safar 1451 AH (10 August 2029); before and after, the two differ by a day in some months, so the
comparison covers that span day by day (docs/i18n.md says so).
"""
import datetime
import os
import subprocess

import pytest

from conftest import BINARY

hijridate = pytest.importorskip("hijridate")
persian = pytest.importorskip("convertdate.persian")


def briefing_dates(*arguments, env=None):
    if not BINARY.is_file():
        pytest.fail(f"no briefing binary at {BINARY}; run `swift build` first (make test does)")
    result = subprocess.run([str(BINARY), "dates", *arguments], capture_output=True, text=True, timeout=300,
                            env=env if env is not None else os.environ)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def components(dates, calendar):
    lines = []
    for start in range(0, len(dates), 400):  # short command lines: argument parsing grows faster than linearly
        lines += briefing_dates("--components", "--calendars", calendar, *[d.isoformat() for d in dates[start:start + 400]])
    assert len(lines) == len(dates)
    found = {}
    for line in lines:
        fields = line.split("\t")
        parts = dict(field.split("=") for field in fields[1:])
        found[fields[0]] = tuple(int(n) for n in parts[calendar].split("-"))
    return found


def days(first, last, step=1):
    day = first
    while day <= last:
        yield day
        day += datetime.timedelta(days=step)


def test_umm_al_qura_matches_hijridate_day_by_day():
    dates = list(days(datetime.date(1999, 4, 17), datetime.date(2029, 8, 10)))
    found = components(dates, "islamic-umalqura")
    wrong = []
    for day in dates:
        hijri = hijridate.Gregorian(day.year, day.month, day.day).to_hijri()
        if found[day.isoformat()] != (hijri.year, hijri.month, hijri.day):
            wrong.append((day.isoformat(), found[day.isoformat()], (hijri.year, hijri.month, hijri.day)))
    assert wrong == []


def test_persian_matches_convertdate():
    dates = list(days(datetime.date(1925, 1, 1), datetime.date(2076, 12, 31), step=89))
    # Around Nowruz every year, where an off-by-one in the leap-year rule would show.
    dates += [datetime.date(year, 3, day) for year in range(1925, 2077) for day in (20, 21, 22)]
    found = components(dates, "persian")
    wrong = [(d.isoformat(), found[d.isoformat()], persian.from_gregorian(d.year, d.month, d.day))
             for d in dates if found[d.isoformat()] != persian.from_gregorian(d.year, d.month, d.day)]
    assert wrong == []


# Dates of the example site and SPEC §10's example, written as pages write them.
TABLE = [
    ("en", "2025-09-17", "17 September 2025 (25 Rabiʻ I 1447 AH)"),
    ("ar", "2025-09-17", "١٧ سبتمبر، ٢٠٢٥ (٢٥ ربيع الأول، ١٤٤٧ هـ)"),
    ("en", "2023-03-19", "19 March 2023 (27 Shaʻban 1444 AH)"),
    ("en", "2015-12-15", "15 December 2015 (4 Rabiʻ I 1437 AH)"),
]


@pytest.mark.parametrize("language,date,expected", TABLE)
def test_page_text_names_the_converted_day(language, date, expected):
    assert briefing_dates("--language", language, "--calendars", "islamic-umalqura", date) == [f"{date}\t{expected}"]
    year, month, day = (int(n) for n in date.split("-"))
    hijri = hijridate.Gregorian(year, month, day).to_hijri()
    assert str(hijri.year) in expected or str(hijri.year).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) in expected


def test_persian_page_text():
    assert briefing_dates("--language", "fa", "--calendars", "persian", "2025-09-17") == [
        "2025-09-17\t۱۷ سپتامبر ۲۰۲۵ (۲۶ شهریور ۱۴۰۴ ه‍.ش.)"]


def test_output_does_not_depend_on_lang_or_tz():
    arguments = ["--calendars", "islamic-umalqura,persian", "2025-09-17", "2000-02-29", "1981-05-25", "1949", "2017-06"]
    outputs = set()
    for lang, tz in [("C", "UTC"), ("ar_SA.UTF-8", "Pacific/Kiritimati"), ("fa_IR.UTF-8", "America/Los_Angeles")]:
        env = dict(os.environ, LANG=lang, LC_ALL=lang, TZ=tz)
        for language in ("en", "ar", "fa", "ur", "tr", "fr"):
            outputs.add((language, tuple(briefing_dates("--language", language, *arguments, env=env))))
    assert len(outputs) == 6
