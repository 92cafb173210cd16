#!/usr/bin/env python3
"""Build helper D's six holdout2 articles and gold files from the search excerpts.

Texts: excerpts.json holds the `search` (corpus "pages") excerpts as returned.
Changes: leading ` date YYYY-MM-DD ` token removed, trailing cut-off sentence removed,
trailing whitespace trimmed. Annotations below are by hand (no extractor was run or read).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EX = json.load(open(os.path.join(HERE, "excerpts.json"), encoding="utf-8"))


def D(start, end=None, precision="day"):
    return {"start": start, "end": end or start, "precision": precision}


def UNK(pub):
    return D(pub, pub, "unknown")


def ev(kind, sentence, date, participants, place, speaker=None, cited=None, target=None):
    return {"kind": kind, "sentence": sentence, "date": date, "target": target,
            "speaker": speaker, "cited": cited or [], "participants": participants, "place": place}


ARTICLES = []

# ---------------------------------------------------------------- Samakal 2023-09-15
pub = "2023-09-15"
WEEK = D("2023-09-11", "2023-09-17", "days")  # "this week" = calendar week of the anchor
PK = ["Vladimir Putin", "Kim Jong Un"]
VC = "Vostochny Cosmodrome"
ARTICLES.append(dict(
    key="samakal", slug="2023-09-15-samakal-putin-kim-summit-five-things", pub=pub,
    title="The Vladimir Putin-Kim Jong-un summit: five things we learned", outlet="Samakal",
    url="https://en.samakal.com/world/170823755/the-vladimir-putinkim-jongun-summit-five-things-we-learned",
    strip_date=False,
    cut="“The leader of North Korea shows great interest in space, in rocketry, and they are trying to d",
    events=[
        ev("summit", "The Vladimir Putin-Kim Jong-un summit: five things we learned", WEEK, PK, VC),
        ev("summit", "North Korea's leader Kim Jong-un shakes hands with Russia’s President Vladimir Putin during their meeting at the Vostochny cosmodrome in Russia's Amur region.", WEEK, PK, VC),
        ev("summit", "Vladimir Putin’s meeting with Kim Jong-un has been dismissed by the US as an act of desperation by the Russian leader.", WEEK, PK, VC, speaker="US"),
        ev("summit", "Although few details have emerged about the leaders’ discussions, the summit in the Russian Far East could preface new and worrying developments in the war in Ukraine and for Kim’s military ambitions.", WEEK, PK, "Russian Far East"),
        ev("summit", "As the North Korean leader continues his tour of military facilities in Russia, here are five takeaways from the summit, reports The Guardian.", WEEK, PK, VC, cited=["The Guardian"]),
        ev("visit", "Kim Jong-un reportedly travelled to Russia hoping to sell artillery shells and anti-tank missiles to the Kremlin, but his role was more than that of arms salesman.", UNK(pub), ["Kim Jong Un"], "Russia"),
        ev("summit", "His meeting this week with Vladimir Putin has sent unmistakable signals that the regime in Pyongyang is still interested in establishing a presence in space, despite – or perhaps because of – its recent failure to put military satellites into orbit.", WEEK, ["Kim Jong Un", "Vladimir Putin"], VC),
        ev("summit", "The venue for his meeting with Putin, Vostochny cosmodrome, is significant.", WEEK, ["Kim Jong Un", "Vladimir Putin"], VC),
        ev("summit", "Before their talks, the leaders toured assembly and launch facilities at the cosmodrome, where Kim was briefed on technical details about Russian space vehicles.", WEEK, PK, VC),
    ]))

# ---------------------------------------------------------------- The Asia Business Daily 2024-10-29
pub = "2024-10-29"
CHOE = ["Choe Son Hui"]
ARR = D("2024-10-28")  # "departed from Pyongyang the previous day and arrived in Vladivostok"
ARTICLES.append(dict(
    key="asiae", slug="2024-10-29-asiae-choe-to-visit-moscow", pub=pub,
    title="Choe Son-hui to Visit Moscow on the 30th", outlet="The Asia Business Daily",
    url="https://cm.asiae.co.kr/en/article/2024102919114816347",
    strip_date=False, cut=None,
    events=[
        ev("visit", "Choe Son-hui to Visit Moscow on the 30th", D("2024-10-30"), CHOE, "Moscow"),
        ev("announcement", "Russian President Vladimir Putin is not scheduled to meet with Choe Son-hui, North Korea's Foreign Minister, who is visiting Russia, the Kremlin announced on the 29th (local time).", D("2024-10-29"), ["Vladimir Putin", "Choe Son Hui"], "Russia", speaker="Dmitry Peskov"),
        ev("visit", "Russian President Vladimir Putin is not scheduled to meet with Choe Son-hui, North Korea's Foreign Minister, who is visiting Russia, the Kremlin announced on the 29th (local time).", ARR, CHOE, "Russia", speaker="Dmitry Peskov"),
        ev("announcement", "According to TASS news agency, Kremlin spokesperson Dmitry Peskov explained at a briefing that \"such a meeting (with Foreign Minister Choe) was not included in the president's schedule.\"", D("2024-10-29"), ["Vladimir Putin", "Choe Son Hui"], "Russia", speaker="Dmitry Peskov", cited=["TASS"]),
        ev("visit", "Earlier, TASS reported that Foreign Minister Choe departed from Pyongyang the previous day and arrived in Vladivostok in Russia's Far East, and is scheduled to visit Moscow on the 30th to hold talks with Russian officials.", ARR, CHOE, "Vladivostok", cited=["TASS"]),
        ev("visit", "Earlier, TASS reported that Foreign Minister Choe departed from Pyongyang the previous day and arrived in Vladivostok in Russia's Far East, and is scheduled to visit Moscow on the 30th to hold talks with Russian officials.", D("2024-10-30"), CHOE, "Moscow", cited=["TASS"]),
        ev("visit", "Foreign Minister Choe's visit to Russia is drawing attention as it takes place amid the issue of North Korean troops being dispatched to Russia.", ARR, CHOE, "Russia"),
        ev("visit", "There is speculation that discussions may be held regarding the deployment of North Korean troops to Russia or North Korean State Affairs Commission Chairman Kim Jong-un's visit to Russia during the trip.", ARR, CHOE, "Russia"),
        ev("meeting", "Foreign Minister Choe previously met with President Putin during her visit to Russia in January.", D("2024-01-01", "2024-01-31", "month"), ["Choe Son Hui", "Vladimir Putin"], "Russia"),
        ev("visit", "Foreign Minister Choe previously met with President Putin during her visit to Russia in January.", D("2024-01-01", "2024-01-31", "month"), CHOE, "Russia"),
    ]))

# ---------------------------------------------------------------- The Japan News 2024-11-06
pub = "2024-11-06"
JUNE24 = D("2024-06-01", "2024-06-30", "month")
ARTICLES.append(dict(
    key="japannews", slug="2024-11-06-japannews-upper-house-ratifies-treaty", pub=pub,
    title="Russian Upper House of Parliament Ratifies North Korea Partnership Treaty, Says RIA",
    outlet="The Japan News",
    url="https://japannews.yomiuri.co.jp/news-services/reuters/20241106-221032/",
    strip_date=False, cut=None,
    events=[
        ev("agreement", "Russian Upper House of Parliament Ratifies North Korea Partnership Treaty, Says RIA", D("2024-11-06"), ["Federation Council"], "Russia", cited=["RIA Novosti"]),
        ev("agreement", "MOSCOW (Reuters) – The upper house of Russia’s parliament, the Federation Council, on Wednesday voted in favour of ratifying a treaty of partnership between Russia and North Korea.", D("2024-11-06"), ["Federation Council"], "Russia"),
        ev("agreement", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty, which includes a mutual defence clause, during Putin’s visit to Pyongyang in June.", JUNE24, ["Vladimir Putin", "Kim Jong Un"], "Pyongyang"),
        ev("visit", "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the treaty, which includes a mutual defence clause, during Putin’s visit to Pyongyang in June.", JUNE24, ["Vladimir Putin"], "Pyongyang"),
    ]))

# ---------------------------------------------------------------- India Post 2025-05-21
pub = "2025-05-21"
RUD = "Andrey Rudenko"
S2 = "Russian Deputy Foreign Minister Andrey Rudenko confirmed that President Vladimir Putin had invited Kim to pay an official visit to Russia and expressed hope that the timing, schedule and agency would be coordinated through diplomatic channels, Yonhap reported, quoting Russian news agency Ria Novosti."
S4 = "Kim and Putin last held a summit in June last year in Pyongyang, where they signed a mutual defence treaty as the two countries aligned closely in the military and other sectors."
S5 = "Kim has visited Russia twice so far, in 2019 and 2023, for talks with Putin, but both trips took place in Russia’s eastern regions near North Korea, due apparently to security and logistical reasons."
S7 = "Speculation has arisen about Kim’s visit to Russia in the coming months, possibly in June to mark the first anniversary of the mutual defence treaty signing or during Russia’s annual Eastern Economic Forum slated for September in Vladivostok, near the border with North Korea."
ARTICLES.append(dict(
    key="indiapost", slug="2025-05-21-indiapost-russia-coordinating-kim-visit", pub=pub,
    title="Russia coordinating North Korean leader Kim's visit: report", outlet="India Post",
    url="https://indiapost.com/russia-coordinating-north-korean-leader-kims-visit-report/",
    strip_date=True, cut=None,
    events=[
        ev("announcement", "SEOUL: The Kremlin is coordinating North Korean leader Kim Jong-un’s visit to the country, but it is too early to discuss the timing, a Russian news report said on Wednesday, citing Russia’s deputy foreign minister.", D(pub), ["Kim Jong Un"], "Russia", speaker=RUD),
        ev("confirmation", S2, D(pub), ["Kim Jong Un", "Vladimir Putin"], "Russia", speaker=RUD, cited=["Yonhap", "RIA Novosti"]),
        ev("invitation", S2, JUNE24, ["Vladimir Putin", "Kim Jong Un"], "Russia", speaker=RUD, cited=["Yonhap", "RIA Novosti"]),
        ev("announcement", S2, D(pub), ["Kim Jong Un"], "Russia", speaker=RUD, cited=["Yonhap", "RIA Novosti"]),
        ev("announcement", "Rudenko was also quoted as saying that it is still premature to specify a date for the visit, but Moscow hopes Kim will make the trip to Russia.", D(pub), ["Kim Jong Un"], "Russia", speaker=RUD),
        ev("summit", S4, JUNE24, ["Kim Jong Un", "Vladimir Putin"], "Pyongyang"),
        ev("agreement", S4, JUNE24, ["Kim Jong Un", "Vladimir Putin"], "Pyongyang"),
        ev("invitation", "At that time, Putin invited Kim to Moscow.", JUNE24, ["Vladimir Putin", "Kim Jong Un"], "Moscow", speaker="Vladimir Putin"),
        ev("visit", S5, D("2019-01-01", "2019-12-31", "year"), ["Kim Jong Un"], "Russia"),
        ev("visit", S5, D("2023-01-01", "2023-12-31", "year"), ["Kim Jong Un"], "Russia"),
        ev("speculation", S7, D("2025-06-01", "2025-06-30", "month"), ["Kim Jong Un"], "Russia"),
        ev("speculation", S7, D("2025-09-01", "2025-09-30", "month"), ["Kim Jong Un"], "Vladivostok"),
        ev("agreement", S7, JUNE24, ["Kim Jong Un", "Vladimir Putin"], "Pyongyang"),
    ]))

# ---------------------------------------------------------------- teleSUR English 2025-06-04
pub = "2025-06-04"
SK = ["Sergei Shoigu", "Kim Jong Un"]
TREATY = D("2024-06-18")  # "signed by both leaders on June 18, 2024, in Pyongyang" (as printed)
LEDE = "On Wednesday, Russian Security Council Secretary Sergei Shoigu met with North Korean leader Kim Jong Un in Pyongyang, as the two countries continue to strengthen their alliance following the signing of a military cooperation treaty a year ago."
PREV = "During his previous visit on March 21, Shoigu also met with Kim on behalf of Russian President Vladimir Putin to discuss the start of dialogue between Russia and the United States, as well as the war in Ukraine."
LATEST = "The Russian security chief’s latest visit also coincides with speculation over a potential new summit between Putin and Kim, which could take place around the first anniversary of the military cooperation agreement signed by both leaders on June 18, 2024, in Pyongyang."
ARTICLES.append(dict(
    key="telesur", slug="2025-06-04-telesur-shoigu-meets-kim", pub=pub,
    title="Russian Security Council Secretary Shoigu Meets With Kim Jong-Un", outlet="teleSUR English",
    url="https://www.telesurenglish.net/russian-security-council-secretary-shoigu-meets-with-kim-jong-un",
    strip_date=False,
    cut="Lee has pledged a “pragmatic” approach to diplomacy and has not ",
    events=[
        ev("meeting", "Russian Security Council Secretary Shoigu Meets With Kim Jong-Un", D(pub), SK, "Pyongyang"),
        ev("meeting", "Sergei Shoigu (L) and Kim Jong Un (R), June 4, 2025.", D(pub), SK, "Pyongyang"),
        ev("agreement", "North Korea and Russia continue to strengthen their alliance following the signing of a military cooperation treaty a year ago.", TREATY, ["Vladimir Putin", "Kim Jong Un"], "Pyongyang"),
        ev("meeting", LEDE, D(pub), SK, "Pyongyang"),
        ev("agreement", LEDE, TREATY, ["Vladimir Putin", "Kim Jong Un"], "Pyongyang"),
        ev("meeting", "“During the conversation, which took place in an atmosphere of mutual understanding and camaraderie, they discussed cooperation in various areas and exchanged views on the Ukraine crisis and the Korean Peninsula,” the Russian Embassy in Pyongyang said.", D(pub), SK, "Pyongyang", speaker="Russian Embassy in Pyongyang"),
        ev("visit", "This marks Shoigu’s second visit to Pyongyang in just over two months.", D(pub), ["Sergei Shoigu"], "Pyongyang"),
        ev("visit", PREV, D("2025-03-21"), ["Sergei Shoigu"], "Pyongyang"),
        ev("meeting", PREV, D("2025-03-21"), SK, "Pyongyang"),
        ev("visit", "Shoigu’s current trip comes just days after nearly a dozen Russian aircraft were destroyed in a drone strike against rear-area air bases, carried out by Ukraine’s Security Service (SBU) on Sunday.", D(pub), ["Sergei Shoigu"], "Pyongyang"),
        ev("visit", LATEST, D(pub), ["Sergei Shoigu"], "Pyongyang"),
        ev("speculation", LATEST, D("2025-06-18"), ["Vladimir Putin", "Kim Jong Un"], None),
        ev("agreement", LATEST, TREATY, ["Vladimir Putin", "Kim Jong Un"], "Pyongyang"),
        ev("visit", "Shoigu’s visit also comes as Lee Jae-myung is inaugurated as South Korea’s new president.", D(pub), ["Sergei Shoigu"], "Pyongyang"),
    ]))

# ---------------------------------------------------------------- Business Recorder 2025-07-12
pub = "2025-07-12"
LK = ["Sergei Lavrov", "Kim Jong Un"]
LEDE = "MOSCOW: Russian Foreign Minister Sergei Lavrov on Saturday met with North Korean leader Kim Jong Un during his visit to the secretive country and key Moscow ally."
ARTICLES.append(dict(
    key="brecorder", slug="2025-07-12-brecorder-lavrov-met-kim", pub=pub,
    title="Russia says foreign minister Lavrov met Kim Jong Un", outlet="Business Recorder",
    url="https://www.brecorder.com/news/40372383/russia-says-foreign-minister-lavrov-met-kim-jong-un",
    strip_date=False,
    cut="Since then, Kim has been shown in state media paying tribute in front of flag-draped coffins of North Korean soldiers killed helping Russia fight Ukraine",
    events=[
        ev("meeting", "Russia says foreign minister Lavrov met Kim Jong Un", D(pub), LK, "Wonsan", speaker="Russian Foreign Ministry"),
        ev("meeting", "This handout photograph released by the Russian Foreign Ministry shows Russian Foreign Minister Sergei Lavrov (C) shaking hands with North Korean leader Kim Jong Un (L) in Wonsan on July 12, 2025.", D(pub), LK, "Wonsan"),
        ev("meeting", LEDE, D(pub), LK, "Wonsan"),
        ev("visit", LEDE, D(pub), ["Sergei Lavrov"], "North Korea"),
        ev("meeting", "Lavrov “was received” by Kim Jong Un, Russia’s foreign ministry said on Telegram, posting a video of two men shaking hands and greeting with a hug.", D(pub), LK, "Wonsan", speaker="Russian Foreign Ministry"),
        ev("announcement", "Russian and North Korean state media announced the visit earlier, saying Lavrov would stay until Sunday.", UNK(pub), ["Sergei Lavrov"], "North Korea", speaker="Russia and North Korea", target=D("2025-07-12", "2025-07-13", "days")),
        ev("visit", "It is the latest in a series of high-profile trips by top Moscow officials as both countries deepen military and political ties over Russia’s offensive in Ukraine.", D(pub), ["Sergei Lavrov"], "North Korea"),
        ev("meeting", "Earlier on Saturday, Lavrov met with his North Korean counterpart Choe Son Hui in Wonsan, a city on the country’s east coast where a massive resort was opened earlier this month.", D(pub), ["Sergei Lavrov", "Choe Son Hui"], "Wonsan"),
    ]))


def body_of(a):
    t = EX[a["key"]]
    if a["strip_date"]:
        m = re.match(r"^ date \d{4}-\d{2}-\d{2} ", t)
        assert m, a["key"]
        t = t[m.end():]
    t = t.rstrip()
    if a["cut"]:
        assert t.endswith(a["cut"].rstrip()), a["key"]
        t = t[: len(t) - len(a["cut"].rstrip())]
    return t.rstrip()


def main():
    for a in ARTICLES:
        body = body_of(a)
        fm = ["---", f'title: {json.dumps(a["title"], ensure_ascii=False)}',
              f'outlet: {json.dumps(a["outlet"], ensure_ascii=False)}', f'date: {a["pub"]}',
              f'url: {json.dumps(a["url"], ensure_ascii=False)}', "---"]
        with open(os.path.join(ROOT, "articles", a["slug"] + ".md"), "w", encoding="utf-8") as f:
            f.write("\n".join(fm) + "\n" + body + "\n")
        gold = {"article": a["slug"], "published": a["pub"], "events": a["events"]}
        with open(os.path.join(ROOT, "gold", a["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(a["slug"], len(a["events"]))


if __name__ == "__main__":
    main()
