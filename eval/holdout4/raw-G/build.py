#!/usr/bin/env python3
"""Build helper G's article files from raw-G/excerpts.json (excerpt as returned; trailing incomplete sentence cut; trailing whitespace trimmed)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex = json.load(open(os.path.join(ROOT, "raw-G", "excerpts.json"), encoding="utf-8"))
ARTS = [
 ("2001-08-04-chicagotribune-kim-hits-moscow", "Kim hits Moscow, enigmatic as ever", "Chicago Tribune", ["Colin McMahon"],
  "http://articles.chicagotribune.com/2001-08-04/news/0108040161_1_kim-russian-guards-train", "Many stations were closed as Kim's train a"),
 ("2002-09-04-peopleskorea-kim-third-summit-putin", "Kim Jong Il Holds Third Summit Talks with Putin during Tour of Far Eastern Region of Russia", "The People's Korea", None,
  "https://p.rst.im/q/web.archive.org/web/20160817073618/https://www1.korea-np.co.jp/pk/183rd_issue/2002090401.htm", "In the morning that\nday, Kim Jong Il visited Dalkimfarm"),
 ("2011-08-24-nbcnews-kim-meets-medvedev-ulan-ude", "North Korea's Kim Jong Il meets Medvedev after 'fun trip' across Siberia", "NBC News", None,
  "http://www.nbcnews.com/id/44252494/ns/world_news-asiapacific/", "The Kremlin said the leaders will discuss how to quickly resume"),
 ("2015-04-30-almanar-kim-cancels-moscow-visit", "North Korea's Kim Jong-Un cancels Moscow visit", "Al-Manar", None,
  "https://archive.almanar.com.lb/english/article.php?id=208470", None),
 ("2018-09-09-thenews-kim-confirms-readiness-visit-russia", "N Korea leader has confirmed readiness to visit Russia: Russian lawmaker", "The News International", None,
  "https://www.thenews.com.pk/print/366050-n-korea-leader-has-confirmed-readiness-to-visit-russia-russian-lawmaker", None),
 ("2019-04-25-pakistanpoint-putin-kim-conclude-summit", "Putin, Kim Conclude First Ever Summit In Vladivostok After 5-Hour 'Substantive' Talks", "Pakistan Point News", None,
  "https://www.pakistanpoint.com/en/story/605926/putin-kim-conclude-first-ever-summit-in-vladivostok-af.html", "Upon arrival in Vladivostok at around 6:00 p.m."),
]
def q(s): return json.dumps(s, ensure_ascii=False)
with open(os.path.join(ROOT, "raw-G", "slugs.txt"), "w") as sl:
    for slug, title, outlet, authors, url, cut in ARTS:
        t = ex[url]
        if cut:
            i = t.index(cut); assert t.count(cut) == 1; t = t[:i]
        t = t.rstrip()
        fm = f"---\ntitle: {q(title)}\noutlet: {q(outlet)}\ndate: {slug[:10]}\nurl: {q(url)}\n"
        if authors: fm += "authors: " + q(authors) + "\n"
        fm += "---\n"
        open(os.path.join(ROOT, "articles", slug + ".md"), "w", encoding="utf-8").write(fm + t + "\n")
        sl.write(slug + "\n")
