#!/usr/bin/env python3
"""Check helper F's gold: JSON parses, sentences verbatim in body, ISO dates, fields present."""
import json, os, sys, datetime, collections, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = [l.split()[0] for l in open(os.path.join(ROOT, "raw-F", "slugs.txt")) if l.strip()]
KINDS = {"invitation","confirmation","announcement","speculation","visit","summit","meeting","agreement"}
PREC = {"day","days","month","quarter","half","season","year","unknown"}
bad = 0; kinds = collections.Counter()
def chk_date(d, where):
    global bad
    try:
        s = datetime.date.fromisoformat(d["start"]); e = datetime.date.fromisoformat(d["end"])
        assert s <= e and d["precision"] in PREC and set(d) == {"start","end","precision"}
    except Exception as x:
        print("BAD DATE", where, d, x); bad += 1
for slug in SLUGS:
    md = open(os.path.join(ROOT, "articles", slug + ".md"), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n", md, re.S); assert m, slug
    fm = m.group(1); body = md[m.end():]
    date = re.search(r"^date: (\S+)$", fm, re.M).group(1)
    g = json.load(open(os.path.join(ROOT, "gold", slug + ".json"), encoding="utf-8"))
    assert g["article"] == slug and g["published"] == date, slug
    datetime.date.fromisoformat(date)
    assert slug.startswith(date)
    assert not body.endswith("\n\n") and body.endswith("\n") and body[:-1] == body[:-1].rstrip()
    for i, e in enumerate(g["events"]):
        w = f"{slug}#{i}"
        assert set(e) == {"kind","sentence","date","target","speaker","cited","participants","place"}, w
        if e["kind"] not in KINDS: print("BAD KIND", w); bad += 1
        kinds[e["kind"]] += 1
        if e["sentence"] not in body: print("NOT IN BODY", w, e["sentence"][:60]); bad += 1
        chk_date(e["date"], w)
        if e["date"]["precision"] == "unknown" and (e["date"]["start"], e["date"]["end"]) != (date, date):
            print("UNKNOWN NOT PUBLISHED DATE", w); bad += 1
        if e["target"] is not None and e["target"]["precision"] == "unknown":
            print("UNKNOWN TARGET (use null)", w); bad += 1
        if body.count(e["sentence"]) > 1:
            print("NOTE: sentence occurs", body.count(e["sentence"]), "times:", w, e["sentence"][:50])
        if e["target"] is not None: chk_date(e["target"], w + " target")
        assert isinstance(e["cited"], list) and isinstance(e["participants"], list) and e["participants"], w
    print(slug, len(g["events"]), dict(collections.Counter(e["kind"] for e in g["events"])))
print("total", sum(kinds.values()), dict(kinds)); print("errors", bad); sys.exit(1 if bad else 0)
