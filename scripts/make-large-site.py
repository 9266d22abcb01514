#!/usr/bin/env python3
"""Write a large synthetic briefing site, for tests and benchmarks of lists at scale (SPEC §12).

    scripts/make-large-site.py OUT_DIR [--format yaml|csv] [--seed 12] [--alliances 800]
                                       [--countries 200] [--articles 300]

OUT_DIR receives Content/site.yml, Content/countries.yml, Content/articles/*.md and the alliances, either as
one YAML file per alliance (Content/alliances/<id>.yml, --format yaml) or as Content/data/alliances.csv and
Content/data/members.csv (--format csv). Both formats hold the same data: the same seed gives the same
alliances, memberships and articles, so the two sites must load to the same model and build to the same pages.

The data: alliances from 1815 to 2025, bilateral and multilateral (one with 60 members), about half of them
historical; some members leave, and some of those rejoin later (one membership period per row or list entry).
Article 1 references 30 alliances, article 2 references 400 (or all, when fewer); the others a handful.
Summaries hold commas, quotes, non-ASCII letters and now and then a line break, to exercise CSV quoting.
Python standard library only; deterministic for a given seed; nothing is written outside OUT_DIR.
"""

import argparse
import csv
import datetime
import json
import os
import random
import sys

IMPACTS = {
    "national-security": "National security",
    "counter-terrorism": "Counter-terrorism",
    "diplomatic-support": "Diplomatic support",
    "economic-benefits": "Economic benefits",
}
ROLES = {
    "intelligence-sharing": "Intelligence sharing",
    "military-cooperation": "Military cooperation",
    "arms-supply": "Arms supply",
    "joint-exercises": "Joint exercises",
    "diplomatic-coordination": "Diplomatic coordination",
    "mutual-defence": "Mutual defence",
}
FIRST_DAY = datetime.date(1815, 1, 1)
LAST_DAY = datetime.date(2025, 12, 31)
SYLLABLES = ["al", "ba", "cor", "da", "el", "fen", "gar", "hal", "is", "jor", "ka", "lum", "mar", "nor",
             "os", "pa", "quin", "ros", "sa", "tor", "ul", "ve", "wen", "xa", "yr", "zem", "ü", "é"]
TREATY_WORDS = ["Treaty", "Pact", "Accord", "Convention", "Alliance", "Entente", "Agreement", "League"]
PURPOSES = ["Defence", "Friendship", "Security", "Cooperation", "Neutrality", "Consultation", "Non-Aggression"]


def word(rng, parts):
    text = "".join(rng.choice(SYLLABLES) for _ in range(parts))
    return text[0].upper() + text[1:]


def make_countries(rng, count):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    codes = [a + b for a in letters for b in letters]
    rng.shuffle(codes)
    countries, names = [], set()
    for code in sorted(codes[:count]):
        name = word(rng, rng.randint(2, 3))
        while name in names:
            name = word(rng, rng.randint(2, 4))
        names.add(name)
        countries.append((code, name, rng.choice(["Africa", "Americas", "Asia", "Europe", "Oceania"])))
    return countries


def day_between(rng, start, end):
    return start + datetime.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def make_alliances(rng, count, codes):
    alliances, names = [], set()
    for number in range(1, count + 1):
        bilateral = rng.random() < 0.45
        established = day_between(rng, FIRST_DAY, datetime.date(2024, 1, 1))
        year_only = rng.random() < 0.2
        ended = None
        if rng.random() < 0.55:
            ended = day_between(rng, established + datetime.timedelta(days=400), LAST_DAY)
            if ended >= LAST_DAY:
                ended = None
        size = 2 if bilateral else (60 if number == 7 else rng.randint(3, 14))
        states = rng.sample(codes, size)
        # Members join at the start, or later (never before the year a year-only date names).
        earliest = datetime.date(established.year + 1, 1, 1) if year_only else established + datetime.timedelta(days=1)
        latest = (ended or LAST_DAY) - datetime.timedelta(days=200)
        members = []
        for index, code in enumerate(states):
            joined = None
            if index >= 2 and rng.random() < 0.4 and earliest < latest:
                joined = day_between(rng, earliest, latest)
            start = joined or earliest
            if not bilateral and index >= 1 and rng.random() < 0.2 and start + datetime.timedelta(days=60) < latest:
                left = day_between(rng, start + datetime.timedelta(days=30), latest)
                members.append((code, joined, left))
                if rng.random() < 0.5 and left + datetime.timedelta(days=60) < latest:
                    rejoined = day_between(rng, left + datetime.timedelta(days=30), latest)
                    again_left = None
                    if rng.random() < 0.3 and rejoined + datetime.timedelta(days=40) < latest:
                        again_left = day_between(rng, rejoined + datetime.timedelta(days=20), latest)
                    members.append((code, rejoined, again_left))
            else:
                members.append((code, joined, None))
        place = word(rng, 2)
        if bilateral:
            name = "%s %s of %s (%d)" % (rng.choice(TREATY_WORDS), "of " + rng.choice(PURPOSES) if rng.random() < 0.5 else "", place, established.year)
            name = " ".join(name.split())
        else:
            name = "%s %s %s" % (place, rng.choice(PURPOSES), rng.choice(TREATY_WORDS))
        while name in names:
            name += " II"
        names.add(name)
        short = None
        if not bilateral and rng.random() < 0.5:
            short = "".join(part[0] for part in name.split() if part[0].isalpha()).upper()
        summary = "The %s, signed at %s, binds its members to \"consult\" in a crisis; it covers %s and %s." % (
            name, place, rng.choice(["land forces", "naval forces", "supply, bases and training"]),
            rng.choice(["arms transfers", "border security", "information, on request"]))
        if rng.random() < 0.05:
            summary += "\nA second paragraph, after a line break."
        status = None
        if rng.random() < 0.1:
            status = "historical" if ended else "active"
        alliances.append({
            "id": "pact-%04d" % number,
            "name": name,
            "short_name": short,
            "kind": "bilateral" if bilateral else "multilateral",
            "established": str(established.year) if year_only else established.isoformat(),
            "ended": ended.isoformat() if ended else None,
            "status": status,
            "roles": sorted(rng.sample(sorted(ROLES), rng.randint(1, 3))),
            "impacts": sorted(rng.sample(sorted(IMPACTS), rng.randint(1, 2))),
            "summary": summary,
            "members": [(code, joined.isoformat() if joined else None, left.isoformat() if left else None)
                        for code, joined, left in members],
        })
    return alliances


def make_articles(rng, count, alliances, codes):
    articles = []
    ids = [alliance["id"] for alliance in alliances]
    for number in range(1, count + 1):
        if number == 1:
            referenced = rng.sample(ids, min(30, len(ids)))
        elif number == 2:
            referenced = rng.sample(ids, min(400, len(ids)))
        else:
            referenced = rng.sample(ids, rng.randint(1, 6))
        date = day_between(rng, datetime.date(2015, 1, 1), datetime.date(2025, 12, 31))
        articles.append({
            "slug": "briefing-%04d" % number,
            "title": "Briefing %d: %s" % (number, word(rng, 3)),
            "date": date.isoformat(),
            "summary": "What the alliances of article %d mean for their members." % number,
            "alliances": referenced,
            "countries": sorted(rng.sample(codes, rng.randint(0, 3))),
            "impacts": sorted(rng.sample(sorted(IMPACTS), rng.randint(0, 2))),
            "roles": sorted(rng.sample(sorted(ROLES), rng.randint(0, 2))),
            "inline": referenced[: rng.randint(0, min(3, len(referenced)))],
        })
    return articles


def q(value):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def write_site(out, fmt, countries, alliances, articles):
    content = os.path.join(out, "Content")
    site = ["title: Large briefing", "description: A generated briefing with many alliances and articles.",
            "taxonomies:", "  impacts:"]
    site += ["    %s: {title: %s}" % (key, q(title)) for key, title in IMPACTS.items()]
    site += ["  roles:"]
    site += ["    %s: {title: %s}" % (key, q(title)) for key, title in ROLES.items()]
    write(os.path.join(content, "site.yml"), "\n".join(site) + "\n")
    write(os.path.join(content, "countries.yml"),
          "".join("%s: {name: %s, region: %s}\n" % (q(code), q(name), region) for code, name, region in countries))

    if fmt == "yaml":
        for alliance in alliances:
            lines = ["name: " + q(alliance["name"])]
            if alliance["short_name"]:
                lines.append("short_name: " + q(alliance["short_name"]))
            lines += ["kind: " + alliance["kind"], "established: " + q(alliance["established"])]
            if alliance["ended"]:
                lines.append("ended: " + q(alliance["ended"]))
            if alliance["status"]:
                lines.append("status: " + alliance["status"])
            lines.append("members:")
            for code, joined, left in alliance["members"]:
                if joined is None and left is None:
                    lines.append("  - " + q(code))
                else:
                    entry = "  - {country: %s" % q(code)
                    if joined:
                        entry += ", joined: " + q(joined)
                    if left:
                        entry += ", left: " + q(left)
                    lines.append(entry + "}")
            lines.append("roles: [%s]" % ", ".join(alliance["roles"]))
            lines.append("impacts: [%s]" % ", ".join(alliance["impacts"]))
            lines.append("summary: " + q(alliance["summary"]))
            write(os.path.join(content, "alliances", alliance["id"] + ".yml"), "\n".join(lines) + "\n")
    else:
        os.makedirs(os.path.join(content, "data"), exist_ok=True)
        with open(os.path.join(content, "data", "alliances.csv"), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)  # RFC 4180: CRLF line ends, quotes only where needed
            writer.writerow(["id", "name", "short_name", "kind", "established", "ended", "status", "roles", "impacts", "summary"])
            for alliance in alliances:
                writer.writerow([alliance["id"], alliance["name"], alliance["short_name"] or "", alliance["kind"],
                                 alliance["established"], alliance["ended"] or "", alliance["status"] or "",
                                 ";".join(alliance["roles"]), ";".join(alliance["impacts"]), alliance["summary"]])
        with open(os.path.join(content, "data", "members.csv"), "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["alliance", "country", "joined", "left"])
            for alliance in alliances:
                for code, joined, left in alliance["members"]:
                    writer.writerow([alliance["id"], code, joined or "", left or ""])

    names = {alliance["id"]: alliance["name"] for alliance in alliances}
    for article in articles:
        front = ["---", "title: " + q(article["title"]), "date: " + article["date"], "summary: " + q(article["summary"])]
        for key in ("alliances", "countries", "impacts", "roles"):
            if article[key]:
                front.append("%s: [%s]" % (key, ", ".join(q(item) for item in article[key])))
        front.append("---")
        body = ["", "## Overview", "",
                "This briefing looks at %d alliances." % len(article["alliances"])]
        for alliance_id in article["inline"]:
            body.append("See [%s](alliance:%s)." % (names[alliance_id].replace("[", "").replace("]", ""), alliance_id))
        write(os.path.join(content, "articles", article["slug"] + ".md"), "\n".join(front + body) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the site into (created; must be empty or absent)")
    parser.add_argument("--format", choices=["yaml", "csv"], default="yaml")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--alliances", type=int, default=800)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    if not 2 <= args.countries <= 26 * 26 or args.alliances < 1 or args.articles < 0:
        parser.error("need 2 to 676 countries, at least 1 alliance and 0 or more articles")
    if os.path.exists(args.out) and os.listdir(args.out):
        parser.error("%s is not empty" % args.out)
    if args.countries < 60:
        parser.error("the 60-member alliance needs at least 60 countries")
    rng = random.Random(args.seed)
    countries = make_countries(rng, args.countries)
    codes = [code for code, _, _ in countries]
    alliances = make_alliances(rng, args.alliances, codes)
    articles = make_articles(rng, args.articles, alliances, codes)
    write_site(args.out, args.format, countries, alliances, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
