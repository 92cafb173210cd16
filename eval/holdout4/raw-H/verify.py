#!/usr/bin/env python3
"""Check helper H's part of holdout4: JSON parses, every sentence verbatim in its body, ISO dates with
start <= end, slug date = frontmatter date = published, fields and kinds as in the earlier sets."""
import json, os, sys, re, datetime, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLUGS = [l.strip() for l in open(os.path.join(ROOT, "raw-H", "slugs.txt")) if l.strip()]
KINDS = {"invitation", "confirmation", "announcement", "speculation", "visit", "summit", "meeting", "agreement"}
PREC = {"day", "days", "month", "quarter", "half", "season", "year", "unknown"}
KEYS = {"kind", "sentence", "date", "target", "speaker", "cited", "participants", "place"}
errors = 0; kinds = collections.Counter()
def err(*a):
    global errors; errors += 1; print("ERROR", *a)
def chk_date(d, where):
    try:
        assert isinstance(d, dict) and set(d) == {"start", "end", "precision"}, "keys"
        s = datetime.date.fromisoformat(d["start"]); e = datetime.date.fromisoformat(d["end"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["start"]) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["end"]), "not ISO"
        assert s <= e, "start > end"
        assert d["precision"] in PREC, "precision"
    except Exception as x:
        err("date", where, d, x)
for slug in SLUGS:
    try:
        md = open(os.path.join(ROOT, "articles", slug + ".md"), encoding="utf-8").read()
        g = json.load(open(os.path.join(ROOT, "gold", slug + ".json"), encoding="utf-8"))
    except Exception as x:
        err("read/parse", slug, x); continue
    m = re.match(r"^---\n(.*?)\n---\n", md, re.S)
    if not m: err("no frontmatter", slug); continue
    fm, body = m.group(1), md[m.end():]
    dm = re.search(r"^date: (\d{4}-\d{2}-\d{2})$", fm, re.M)
    fdate = dm.group(1) if dm else None
    for f in ("title", "outlet", "url"):
        if not re.search(rf"^{f}: \".+\"$", fm, re.M): err("frontmatter field", f, slug)
    if not (slug[:10] == fdate == g.get("published")):
        err("dates differ", slug, slug[:10], fdate, g.get("published"))
    if g.get("article") != slug: err("article field", slug)
    if not body.endswith("\n") or body.endswith("\n\n") or body[:-1] != body[:-1].rstrip(): err("trailing whitespace", slug)
    for i, e in enumerate(g.get("events", [])):
        w = f"{slug}#{i}"
        if set(e) != KEYS: err("keys", w, sorted(e)); continue
        if e["kind"] not in KINDS: err("kind", w, e["kind"])
        kinds[e["kind"]] += 1
        if not e["sentence"] or e["sentence"] not in body: err("sentence not verbatim in body", w, e["sentence"][:70])
        chk_date(e["date"], w)
        if e["date"].get("precision") == "unknown" and (e["date"]["start"], e["date"]["end"]) != (g["published"],) * 2:
            err("unknown date is not the published date", w)
        if e["target"] is not None:
            chk_date(e["target"], w + " target")
            if e["kind"] not in ("invitation", "confirmation", "announcement"): err("target on a non-speech-act", w)
            if e["target"].get("precision") == "unknown": err("unknown target (use null)", w)
        if not isinstance(e["cited"], list) or not isinstance(e["participants"], list) or not e["participants"]:
            err("cited/participants", w)
        if body.count(e["sentence"]) > 1: print("note: sentence occurs", body.count(e["sentence"]), "times:", w)
    print(slug, len(g.get("events", [])), dict(collections.Counter(e["kind"] for e in g.get("events", []))))
print("total", sum(kinds.values()), dict(kinds))
print("errors", errors)
sys.exit(1 if errors else 0)
