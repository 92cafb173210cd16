#!/usr/bin/env python3
"""Check helper G's part of holdout4: JSON parses with the gold keys; every sentence verbatim in the body;
ISO dates with start <= end; unknown = published; slug date = frontmatter date = published."""
import json, os, sys, re, datetime, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = [l.strip() for l in open(os.path.join(ROOT, "raw-G", "slugs.txt")) if l.strip()]
KINDS = {"invitation","confirmation","announcement","speculation","visit","summit","meeting","agreement"}
PREC = {"day","days","month","quarter","half","season","year","unknown"}
KEYS = {"kind","sentence","date","target","speaker","cited","participants","place"}
EX = json.load(open(os.path.join(ROOT, "raw-G", "excerpts.json"), encoding="utf-8"))
bad = 0; kinds = collections.Counter()
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def chk_date(d, w):
    try:
        assert set(d) == {"start","end","precision"} and d["precision"] in PREC
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["start"]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["end"])
        assert datetime.date.fromisoformat(d["start"]) <= datetime.date.fromisoformat(d["end"])
    except Exception as x: err("bad date", w, d, repr(x))
for slug in SLUGS:
    md = open(os.path.join(ROOT, "articles", slug + ".md"), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n", md, re.S)
    if not m: err("no frontmatter", slug); continue
    fm, body = m.group(1), md[m.end():]
    fdate = re.search(r"^date: (\S+)$", fm, re.M).group(1)
    for k in ("title", "outlet", "url"):
        if not re.search(rf"^{k}: \".+\"$", fm, re.M): err("frontmatter lacks", k, slug)
    try: g = json.load(open(os.path.join(ROOT, "gold", slug + ".json"), encoding="utf-8"))
    except Exception as x: err("json", slug, x); continue
    if set(g) != {"article","published","events"} or g["article"] != slug: err("gold header", slug)
    if not (slug[:10] == fdate == g["published"]): err("dates differ", slug, fdate, g["published"])
    datetime.date.fromisoformat(fdate)
    if body != body.rstrip() + "\n": err("trailing whitespace", slug)
    url = re.search(r'^url: "(.*)"$', fm, re.M).group(1)
    if not EX.get(url, "").startswith(body.rstrip()): err("body is not a prefix of the raw excerpt", slug)
    for i, e in enumerate(g["events"]):
        w = f"{slug}#{i}"
        if set(e) != KEYS: err("keys", w); continue
        if e["kind"] not in KINDS: err("kind", w)
        kinds[e["kind"]] += 1
        n = body.count(e["sentence"])
        if n == 0: err("sentence not in body", w, e["sentence"][:60])
        elif n > 1: print("note: sentence occurs", n, "times", w)
        chk_date(e["date"], w)
        if e["date"]["precision"] == "unknown" and (e["date"]["start"], e["date"]["end"]) != (fdate, fdate): err("unknown != published", w)
        if e["target"] is not None:
            chk_date(e["target"], w + " target")
            if e["kind"] not in ("invitation","confirmation","announcement"): err("target on non-speech act", w)
        if not isinstance(e["cited"], list) or not isinstance(e["participants"], list) or not e["participants"]: err("lists", w)
    print(slug, len(g["events"]), dict(collections.Counter(e["kind"] for e in g["events"])))
print("total", sum(kinds.values()), dict(kinds))
print("errors", bad); sys.exit(1 if bad else 0)
