#!/usr/bin/env python3
"""Build helper H's articles (from raw-H/excerpts.json) and gold files (annotated by hand below)."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EX = json.load(open(os.path.join(ROOT, "raw-H", "excerpts.json"), encoding="utf-8"))

# slug, key, title, outlet, date, text-to-cut-at (start of trailing incomplete sentence or None)
ART = [
 ("2023-09-13-scmp-putin-kim-meet-space-facility", "scmp",
  "Vladimir Putin and North Korea's Kim Jong-un meet at Russian space facility", "South China Morning Post", "2023-09-13", None),
 ("2023-09-14-alarabiya-kremlin-confirms-putin-accepted-invitation", "alarabiya",
  "Kremlin confirms Putin accepted invitation to visit North Korea", "Al Arabiya English", "2023-09-14", None),
 ("2024-06-19-totalnews-putin-in-north-korea-live", "totalnews",
  "Putin in North Korea live: Kim Jong-un hails close ties as visit likely to reshape relationship gets underway | Ukraine", "TotalNews", "2024-06-19",
  "Ties between the neighbours have deepened since"),
 ("2024-06-20-rodongsinmun-kim-has-talks-with-putin", "rodong",
  "Respected Comrade Kim Jong Un Has Talks with President Vladimir Vladimirovich Putin", "Rodong Sinmun", "2024-06-20",
  "Noting that the great wave of welcome"),
 ("2024-11-29-independent-russian-defense-minister-visits-north-korea", "independent",
  "Russian defense minister visits North Korea to talk with military and political leaders", "The Independent", "2024-11-29", None),
 ("2025-03-27-sakshipost-preparations-under-way-kim-visit-russia", "sakshipost",
  "Preparations under way for North Korean leader Kim's visit to Russia this year: Reports", "Sakshi Post", "2025-03-27",
  "Earlier on March 22, the North Korean leader express"),
]

def body_of(key, cut):
    t = EX[key]["excerpt"]
    t = re.sub(r"^ date \d{4}(-\d{2}){0,2} ", "", t)   # search tool's leading date token
    if cut:
        i = t.rindex(cut); t = t[:i]
    return t.rstrip() + "\n"

def D(s, e=None, p="day"):
    return {"start": s, "end": e or s, "precision": p}
def U(d):
    return D(d, d, "unknown")
def ev(kind, sentence, date, participants, place, speaker=None, cited=(), target=None):
    return {"kind": kind, "sentence": sentence, "date": date, "target": target, "speaker": speaker,
            "cited": list(cited), "participants": list(participants), "place": place}

P, K = "Vladimir Putin", "Kim Jong Un"
KCNA = "Korean Central News Agency"
G = {}

# ---------------- SCMP 2023-09-13 ----------------
d = "2023-09-13"; VC = "Vostochny Cosmodrome"
G["scmp"] = [
 ev("summit", "President Vladimir Putin shook hands with a beaming Kim Jong-un at the Vostochny Cosmodrome Wednesday, kicking off a meeting",
    D(d), [P, K], VC),
 ev("summit", "Accompanied by an entourage that suggested a strong military focus for the summit",
    D(d), [P, K], VC, cited=[KCNA]),
 ev("visit", "the North Korean leader has travelled overland to Russia in his bulletproof train, the official Korean Central News Agency reported.",
    U(d), [K], "Russia", cited=[KCNA]),
 ev("invitation", "Kim thanked Putin for inviting him to visit, despite the Russian leader’s “busy schedule”",
    U(d), [P, K], "Russia", speaker=K),
 ev("visit", "having earlier stressed the trip – his first post-pandemic foreign travel – showed North Korea was",
    U(d), [K], "Russia", speaker=K),
 ev("summit", "The pair are meeting at the Vostochny Cosmodrome, a Russian spaceport some 1,000km (620 miles) from Vladivostok",
    D(d), [P, K], VC, speaker=P, cited=["RIA Novosti"]),
]

# ---------------- Al Arabiya 2023-09-14 ----------------
d = "2023-09-14"; PK = "Dmitry Peskov"; FEW = D(d, "2023-09-21", "days")
G["alarabiya"] = [
 ev("confirmation", "Kremlin confirms Putin accepted invitation to visit North Korea", D(d), [P], "North Korea", speaker=PK),
 ev("invitation", "Kremlin confirms Putin accepted invitation to visit North Korea", U(d), [K, P], "North Korea", speaker=PK),
 ev("confirmation", "President Vladimir Putin has accepted an invitation to visit North Korea from leader Kim Jong Un, the Kremlin said Thursday",
    D(d), [P], "North Korea", speaker=PK),
 ev("invitation", "President Vladimir Putin has accepted an invitation to visit North Korea from leader Kim Jong Un, the Kremlin said Thursday",
    U(d), [K, P], "North Korea", speaker=PK),
 ev("confirmation", "confirming Kim’s visit to Russia would last a few more days.", D(d), [K], "Russia", speaker=PK, target=FEW),
 ev("visit", "confirming Kim’s visit to Russia would last a few more days.", FEW, [K], "Russia", speaker=PK),
 ev("confirmation", "Kim’s “visit will continue for a few more days,” Kremlin spokesman Dmitry Peskov said", D(d), [K], "Russia", speaker=PK, target=FEW),
 ev("visit", "Kim’s “visit will continue for a few more days,” Kremlin spokesman Dmitry Peskov said", FEW, [K], "Russia", speaker=PK),
 ev("invitation", "adding: “Kim invited Putin to pay a visit to (North Korea).", U(d), [K, P], "North Korea", speaker=PK),
 ev("confirmation", "Putin gratefully accepted the invitation.”", D(d), [P], "North Korea", speaker=PK),
 ev("invitation", "Putin gratefully accepted the invitation.”", U(d), [K, P], "North Korea", speaker=PK),
]

# ---------------- TotalNews (Guardian live blog copy) 2024-06-19 ----------------
d = "2024-06-19"; PY = "Pyongyang"; UK = "Yuri Ushakov"
G["totalnews"] = [
 ev("visit", "Putin in North Korea live: Kim Jong-un hails close ties as visit likely to reshape relationship gets underway", D(d), [P], "North Korea"),
 ev("visit", "as Russian President Vladimir Putin arrived on a state visit, his first trip to North Korea in almost 25 years.", D(d), [P], "North Korea"),
 ev("summit", "North Korean leader Kim Jong-un greeted Putin at the airport in the early hours of Wednesday morning",
    D(d), [K, P], PY, cited=[KCNA]),
 ev("summit", "It said that on the journey the pair “exchanged their pent-up inmost thoughts and opened their minds”",
    D(d), [K, P], PY, cited=[KCNA]),
 ev("announcement", "Wednesday’s agenda includes further one-on-one discussions between the two leaders",
    U(d), [P, K], PY, speaker=UK, cited=["Interfax"], target=D(d)),
 ev("summit", "Wednesday’s agenda includes further one-on-one discussions between the two leaders",
    D(d), [P, K], PY, speaker=UK, cited=["Interfax"]),
 ev("agreement", "state reception, honour guards, document signings and a statement to the media, Russia’s Interfax news agency quoted",
    D(d), [P, K], PY, speaker=UK, cited=["Interfax"]),
]

# ---------------- Rodong Sinmun 2024-06-20 ----------------
d = "2024-06-19"
G["rodong"] = [
 ev("summit", "Respected Comrade Kim Jong Un Has Talks with President Vladimir Vladimirovich Putin", D(d), [K, P], PY),
 ev("summit", "had talks with Vladimir Vladimirovich Putin, president of the Russian Federation, on June 19.", D(d), [K, P], PY),
 ev("summit", "Prior to the talks, the respected Comrade Kim Jong Un had a photo taken with Comrade Putin", D(d), [K, P], "Kumsusan State Guesthouse"),
 ev("summit", "Present at the talks from the DPRK side were Kim Tok Hun", D(d), [K, P], PY),
 ev("summit", "At the talks Kim Jong Un, on behalf of the DPRK government and people, warmly welcomed", D(d), [K, P], PY),
 ev("visit", "warmly welcomed President of the Russian Federation Vladimir Vladimirovich Putin on a state visit to the DPRK", D(d), [P], "North Korea"),
]

# ---------------- The Independent (AP) 2024-11-29 ----------------
d = "2024-11-29"; B = "Andrei Belousov"
G["independent"] = [
 ev("visit", "Russian defense minister visits North Korea to talk with military and political leaders", D(d), [B], "North Korea"),
 ev("visit", "Russian Defense Minister Andrei Belousov is in North Korea for talks with its military and political leaders", D(d), [B], "North Korea"),
 ev("visit", "Russian Defense Minister Andrei Belousov arrived in North Korea on Friday for talks with North Korean military and political leaders, the ministry said.",
    D(d), [B], "North Korea", speaker="Russian Defense Ministry"),
 ev("visit", "The visit came days after South Korean President Yoon Suk Yeol met with a Ukrainian delegation", D(d), [B], "North Korea"),
 ev("meeting", "South Korean President Yoon Suk Yeol met with a Ukrainian delegation led by Defense Minister Rustem Umerov",
    U(d), ["Yoon Suk Yeol", "Rustem Umerov"], None),
]

# ---------------- Sakshi Post (IANS) 2025-03-27 ----------------
d = "2025-03-27"; R = "Andrey Rudenko"; Y25 = D("2025-01-01", "2025-12-31", "year")
TR = ["TASS", "RIA Novosti"]; JUN24 = D("2024-06-01", "2024-06-30", "month"); MAR25 = D("2025-03-01", "2025-03-31", "month")
LASTWK = D("2025-03-17", "2025-03-23", "days"); Y24 = D("2024-01-01", "2024-12-31", "year")
G["sakshipost"] = [
 ev("announcement", "Preparations are underway for North Korean leader Kim Jong-un's visit to Russia this year, a Russian Minister said on Thursday.",
    D(d), [K], "Russia", speaker=R, target=Y25),
 ev("announcement", "Deputy Foreign Minister Andrey Rudenko said Russia is preparing for Kim's visit to the country, Russian news agencies TASS and Ria Novosti reported",
    D(d), [K], "Russia", speaker=R, cited=TR, target=Y25),
 ev("announcement", "Russia's Foreign Minister Sergey Lavrov is also planning to visit Pyongyang, North Korea's capital",
    D(d), ["Sergei Lavrov"], PY, speaker=R, cited=TR),
 ev("speculation", "growing speculation about Kim's potential visit to Russia on the occasion of Russia's 80th Victory Day anniversary on May 9",
    D("2025-05-09"), [K], "Russia"),
 ev("visit", "potentially as a reciprocation for Russian President Vladimir Putin's visit to North Korea in June last year.", JUN24, [P], "North Korea"),
 ev("invitation", "At that time, Putin invited Kim to Moscow for summit talks.", JUN24, [P, K], "Moscow", speaker=P),
 ev("visit", "Earlier this month, Rudenko traveled to Pyongyang", MAR25, [R], PY, cited=["TASS"]),
 ev("meeting", "where he met North Korean Foreign Minister Choe Son-hui and Vice Foreign Minister Kim Jong-gyu",
    MAR25, [R, "Choe Son Hui", "Kim Jong Gyu"], PY, cited=["TASS"]),
 ev("visit", "Last week, Russia's Security Council Secretary Sergei Shoigu also traveled to Pyongyang", LASTWK, ["Sergei Shoigu"], PY,
    cited=["Yonhap News Agency", "TASS", "RIA Novosti"]),
 ev("meeting", "also traveled to Pyongyang and met with Kim, delivering a message from Putin", LASTWK, ["Sergei Shoigu", K], PY,
    cited=["Yonhap News Agency", "TASS", "RIA Novosti"]),
 ev("agreement", "since Kim and Putin signed a mutual defence treaty during the Russian President's visit to Pyongyang last year", Y24, [K, P], PY),
 ev("visit", "during the Russian President's visit to Pyongyang last year", Y24, [P], PY),
 ev("visit", "following his visit to Russia's eastern border city of Vladivostok in 2019", D("2019-01-01", "2019-12-31", "year"), [K], "Vladivostok"),
 ev("visit", "the Vostochny Cosmodrome space center in the Amur region in 2023.", D("2023-01-01", "2023-12-31", "year"), [K], VC),
]

slugs = []
for slug, key, title, outlet, date, cut in ART:
    body = body_of(key, cut)
    fm = f'---\ntitle: {json.dumps(title, ensure_ascii=False)}\noutlet: {json.dumps(outlet)}\ndate: {date}\nurl: {json.dumps(EX[key]["url"])}\n---\n'
    open(os.path.join(ROOT, "articles", slug + ".md"), "w", encoding="utf-8").write(fm + body)
    g = {"article": slug, "published": date, "events": G[key]}
    open(os.path.join(ROOT, "gold", slug + ".json"), "w", encoding="utf-8").write(json.dumps(g, indent=2, ensure_ascii=False) + "\n")
    slugs.append(slug)
open(os.path.join(ROOT, "raw-H", "slugs.txt"), "w").write("\n".join(slugs) + "\n")
print("built", len(slugs), "articles,", sum(len(v) for v in G.values()), "mentions")
