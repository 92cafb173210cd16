#!/usr/bin/env python3
"""Build helper F's six holdout3 articles and gold files from the search excerpts.

Texts: excerpts.json holds the `search` (corpus "pages") excerpts as returned.
Changes: leading ` date YYYY-MM-DD ` token removed, trailing cut-off sentence removed,
trailing whitespace trimmed. Annotations below are by hand (no extractor was run or read).
Writes only helper F's files (the slugs in slugs.txt).
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


PK = ["Vladimir Putin", "Kim Jong Un"]
KIM = ["Kim Jong Un"]
PUTIN = ["Vladimir Putin"]
ARTICLES = []

# ---------------------------------------------------------------- Pakistan Today 2018-10-08
pub = "2018-10-08"
SEPT18 = D("2018-09-01", "2018-09-30", "month")  # "Putin extended an invitation to Kim last month"
MON = D("2018-10-08")  # "told reporters on Monday" / "said Monday"
PES = "Dmitry Peskov"
S1 = "MOSCOW: Russian officials have invited North Korean leader Kim Jong Un to visit Russia, Kremlin spokesman Dmitry Peskov told reporters on Monday, adding the time and place had yet to be agreed."
S2 = "Kim Jong Un is expected to visit Russia soon, South Korean President Moon Jae-in said also on Monday."
S3 = "Dmitry Peskov, spokesman for Russian President Vladimir Putin, said Monday that Putin extended an invitation to Kim last month to visit Russia, and that Moscow is working on the details of where and when that meeting could happen."
ARTICLES.append(dict(
    key="pakistantoday", slug="2018-10-08-pakistantoday-kremlin-kim-invited-to-russia", pub=pub,
    title="Kremlin: North Korea’s Kim invited to Russia", outlet="Pakistan Today",
    url="https://archive.pakistantoday.com.pk/2018/10/08/kremlin-north-koreas-kim-invited-to-russia/",
    strip_date=False, cut=None,
    events=[
        ev("invitation", "Kremlin: North Korea’s Kim invited to Russia", SEPT18, PK, "Russia", speaker=PES),
        ev("invitation", S1, SEPT18, PK, "Russia", speaker=PES),
        ev("announcement", S1, MON, KIM, "Russia", speaker=PES),
        ev("announcement", S2, MON, KIM, "Russia", speaker="Moon Jae-in"),
        ev("visit", S2, UNK(pub), KIM, "Russia", speaker="Moon Jae-in"),
        ev("invitation", S3, SEPT18, PK, "Russia", speaker=PES),
        ev("announcement", S3, MON, PK, "Russia", speaker=PES),
        ev("visit", "Peskov’s comments follow a visit to North Korea by US Secretary of State Mike Pompeo to discuss the country’s nuclear disarmament and setting up another meeting between Kim and US President Donald Trump.",
           UNK(pub), ["Mike Pompeo"], "North Korea"),
    ]))

# ---------------------------------------------------------------- The Diplomat 2019-04-23
pub = "2019-04-23"
TUE = D("2019-04-23")  # "On Tuesday, North Korean state media confirmed"
H2APR = D("2019-04-16", "2019-04-30", "days")  # Kremlin: "in the second half of April"
LASTWK = D("2019-04-15", "2019-04-21", "days")  # "last week" = calendar week before the anchor
APR18 = D("2019-04-18")
FRI = D("2019-04-26")  # "starting on Friday"; Belt and Road Forum "will convene on April 26"
NK, KR, KCNA = "North Korea", "Kremlin", ["Korean Central News Agency"]
T1 = "On Tuesday, North Korean state media confirmed that Kim Jong Un, the country’s leader, will soon be traveling to Russia for a summit with Russian President Vladimir Putin."
T2 = "The summit had been publicly announced by the Kremlin last week."
T3 = "“Kim Jong Un, chairman of the Workers’ Party of Korea, chairman of the State Affairs Commission of the Democratic People’s Republic of Korea and supreme commander of the armed forces of the DPRK, will soon pay a visit to the Russian Federation at the invitation of Vladimir Vladimirovich Putin, president of the Russian Federation,” the Korean Central News Agency noted."
T4 = "“They will have talks during the visit,” the North Korean report added."
T8 = "On April 18, the Kremlin announced the summit."
T9 = "“At Vladimir Putin’s invitation, Chairman of the State Affairs Commission of the Democratic People’s Republic of Korea Kim Jong-un will pay a visit to the Russian Federation in the second half of April,” it noted."
T10 = "The summit will likely take place over the next days given that Putin is scheduled to make an address at China’s Belt and Road Forum, which will convene on April 26."
T11 = "According to Russian Foreign Minister Sergey Lavrov, Putin will visit China starting on Friday."
ARTICLES.append(dict(
    key="diplomat", slug="2019-04-23-diplomat-state-media-confirms-kim-trip-russia", pub=pub,
    title="North Korean State Media Confirms Kim's Upcoming Trip to Russia for Putin Summit", outlet="The Diplomat",
    url="https://thediplomat.com./2019/04/north-korean-state-media-confirms-kims-upcoming-trip-to-russia-for-putin-summit",
    strip_date=False, cut="In ",
    events=[
        ev("confirmation", T1, TUE, KIM, "Russia", speaker=NK, target=H2APR),
        ev("visit", T1, H2APR, KIM, "Russia", speaker=NK),
        ev("announcement", T2, LASTWK, PK, "Russia", speaker=KR, target=H2APR),
        ev("summit", T2, UNK(pub), PK, "Russia", speaker=KR),
        ev("confirmation", T3, TUE, KIM, "Russia", speaker=NK, cited=KCNA, target=H2APR),
        ev("visit", T3, H2APR, KIM, "Russia", speaker=NK, cited=KCNA),
        ev("invitation", T3, UNK(pub), PK, "Russia", speaker=NK, cited=KCNA, target=H2APR),
        ev("announcement", T4, TUE, PK, "Russia", speaker=NK),
        ev("summit", T4, UNK(pub), PK, "Russia", speaker=NK),
        ev("summit", "Reports suggest that Kim will meet Putin on Russkiy Island near Vladivostok, the largest Russian city in the country’s far east.",
           UNK(pub), ["Kim Jong Un", "Vladimir Putin"], "Russkiy Island"),
        ev("summit", "The Russian Far Eastern Federal University is expected to host the summit.",
           UNK(pub), PK, "Far Eastern Federal University"),
        ev("announcement", T8, APR18, PK, "Russia", speaker=KR, target=H2APR),
        ev("summit", T8, UNK(pub), PK, "Russia", speaker=KR),
        ev("announcement", T9, APR18, KIM, "Russia", speaker=KR, target=H2APR),
        ev("visit", T9, H2APR, KIM, "Russia", speaker=KR),
        ev("invitation", T9, UNK(pub), PK, "Russia", speaker=KR, target=H2APR),
        ev("speculation", T10, D("2019-04-23", "2019-04-30", "days"), PK, "Russia"),
        ev("visit", T10, FRI, PUTIN, "China"),
        ev("announcement", T11, UNK(pub), PUTIN, "China", speaker="Sergey Lavrov", target=FRI),
        ev("visit", T11, FRI, PUTIN, "China", speaker="Sergey Lavrov"),
        ev("visit", "Kim’s summit with Putin will be the first trip by a North Korean leader to Russia since 2011, when Kim’s father, Kim Jong Il, visited Moscow.",
           D("2011-01-01", "2011-12-31", "year"), ["Kim Jong Il"], "Moscow"),
    ]))

# ---------------------------------------------------------------- Kenyan Post 2023-09-12
pub = "2023-09-12"
ARR = D("2023-09-12")  # arrived in Russia / "crossed into Russia earlier today"
ARTICLES.append(dict(
    key="kenyanpost", slug="2023-09-12-kenyanpost-kim-arrives-russia-train", pub=pub,
    title="Kim Jong-un arrives in Russia on bulletproof train for meeting with Putin", outlet="Kenyan Post",
    url="https://kenyan-post.com/2023/09/kim-jong-un-arrives-in-russia-on-bulletproof-train-for-meeting-with-putin/",
    strip_date=True,
    cut="Others include Pak Thae Song, chairman of North Korea’s space science and technology committee, and Navy Admiral Kim Myong Sik, who are linked with North Korean effor",
    events=[
        ev("visit", "Tuesday, September 12, 2023 – North Korean leader, Kim Jong-un has arrived in Russia ahead of a meeting with President Vladimir Putin where both leaders could agree on a potential arms deal for Moscow’s war in Ukraine.",
           ARR, KIM, "Russia"),
        ev("visit", "Kim spent 20 hours travelling 1,180km (733 miles) on the slow-moving green-and-yellow train, according to South Korean reports.",
           ARR, KIM, "Russia"),
        ev("visit", "North Korea’s official Korean Central News Agency (KCNA) said Kim boarded his personal train on Sunday afternoon, accompanied by unspecified members of the country’s ruling party, government and military.",
           D("2023-09-10"), KIM, "Russia", cited=["Korean Central News Agency"]),
        ev("visit", "South Korea’s military said the train crossed into Russia earlier today military sources said in a briefing, without elaborating on how the military obtained the information.",
           ARR, KIM, "Russia", speaker="South Korean military"),
        ev("summit", "Kim and Putin would meet in the eastern Russian city of Vladivostok, where Mr Putin arrived on Monday to attend an international forum that runs through Wednesday, according to Russia’s TASS news agency.",
           UNK(pub), ["Kim Jong Un", "Vladimir Putin"], "Vladivostok", cited=["TASS"]),
        ev("summit", "Mr Putin’s first meeting with Mr Kim was held in 2019 in the city that is about 425 miles (680 kilometres) north of Pyongyang.",
           D("2019-01-01", "2019-12-31", "year"), PK, "Vladivostok"),
        ev("announcement", "Russian news agencies quoted Kremlin spokesperson Dmitry Peskov as saying the two leaders would meet after the Vladivostok forum, but the reports did not specify when or where.",
           UNK(pub), PK, "Russia", speaker="Dmitry Peskov"),
        ev("summit", "Russian news agencies quoted Kremlin spokesperson Dmitry Peskov as saying the two leaders would meet after the Vladivostok forum, but the reports did not specify when or where.",
           UNK(pub), PK, "Russia", speaker="Dmitry Peskov"),
        ev("visit", "Kim Jong Un is making his first foreign trip since the Covid-19 pandemic during which North Korea tightly enforced border controls for more than three years.",
           ARR, KIM, "Russia"),
    ]))

# ---------------------------------------------------------------- KBS World 2024-06-19
pub = "2024-06-19"
WED = D("2024-06-19")  # "in the early hours of Wednesday morning"
K7 = "This marks Putin’s first trip to North Korea in 24 years, since his visit in July 2000 during the first year of his presidency when he held a summit with Kim Jong-il, the current leader’s late father."
K8 = "Putin and Kim Jong-un previously met in Vladivostok for their first summit in April 2019, followed by a second summit in September last year, also in the Russian Far East."
K9 = "The two leaders are set to hold a summit on Wednesday afternoon and sign a comprehensive strategic partnership treaty."
ARTICLES.append(dict(
    key="kbsworld", slug="2024-06-19-kbsworld-putin-arrives-north-korea", pub=pub,
    title="Russian President Vladimir Putin arrived in North Korea in the early hours of Wednesday morning for a state visit",
    outlet="KBS World",
    url="http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186145",
    strip_date=True, cut=None,
    events=[
        ev("visit", "Russian President Vladimir Putin arrived in North Korea in the early hours of Wednesday morning for a state visit.",
           WED, PUTIN, "North Korea"),
        ev("visit", "The Kremlin said that Putin landed in Pyongyang, North Korea’s capital, shortly after 2 a.m. on Wednesday.",
           WED, PUTIN, "Pyongyang", speaker="Kremlin"),
        ev("visit", "Russian media outlets said the presidential plane carrying Putin touched down at Sunan Airport in Pyongyang at 2:22 a.m.",
           WED, PUTIN, "Pyongyang"),
        ev("visit", "Putin was originally scheduled to arrive late Tuesday and stay until Wednesday afternoon for a two-day state visit.",
           D("2024-06-18", "2024-06-19", "days"), PUTIN, "North Korea"),
        ev("visit", "However, his late arrival has shortened the trip to a one-day visit.",
           WED, PUTIN, "North Korea"),
        ev("summit", "North Korean leader Kim Jong-un personally greeted the Russian president on the airport tarmac, according to Russian media.",
           WED, ["Kim Jong Un", "Vladimir Putin"], "Pyongyang"),
        ev("visit", K7, WED, PUTIN, "North Korea"),
        ev("visit", K7, D("2000-07-01", "2000-07-31", "month"), PUTIN, "North Korea"),
        ev("summit", K8, D("2019-04-01", "2019-04-30", "month"), PK, "Vladivostok"),
        ev("summit", K8, D("2023-09-01", "2023-09-30", "month"), PK, "Russian Far East"),
        ev("summit", K9, WED, PK, "Pyongyang"),
        ev("agreement", K9, WED, PK, "Pyongyang"),
    ]))

# ---------------------------------------------------------------- NK News 2025-03-27
pub = "2025-03-27"
THU = D("2025-03-27")  # "Moscow announced on Thursday"
Y25 = D("2025-01-01", "2025-12-31", "year")  # "for a visit this year"
RUD = "Andrei Rudenko"
ARTICLES.append(dict(
    key="nknews", slug="2025-03-27-nknews-russia-preparing-welcome-kim", pub=pub,
    title="Russia preparing to welcome Kim Jong Un for visit this year, Moscow says", outlet="NK News",
    url="https://www.nknews.org/2025/03/russia-preparing-to-welcome-kim-jong-un-for-visit-this-year-moscow-says/",
    strip_date=True, cut=None,
    events=[
        ev("announcement", "Russia preparing to welcome Kim Jong Un for visit this year, Moscow says",
           THU, KIM, "Russia", speaker=RUD, target=Y25),
        ev("announcement", "Deputy foreign minister says trip by North Korean leader is in the ‘preparatory stage’",
           THU, KIM, "Russia", speaker=RUD, target=Y25),
        ev("announcement", "Russia is preparing to welcome North Korean leader Kim Jong Un for a visit this year, Moscow announced on Thursday.",
           THU, KIM, "Russia", speaker=RUD, target=Y25),
        ev("announcement", "Russian deputy foreign minister Andrei Rudenko said at a press conference that the two countries are currently at the “preparatory stage” for Kim’s visit, according to the Russian state news agency TASS.",
           THU, KIM, "Russia", speaker=RUD, cited=["TASS"], target=Y25),
    ]))

# ---------------------------------------------------------------- Izvestia 2025-06-17
pub = "2025-06-17"
J17 = D("2025-06-17")
J04 = D("2025-06-04")
SH = ["Sergei Shoigu"]
SK = ["Sergei Shoigu", "Kim Jong Un"]
SCPS = "Russian Security Council press service"
Q = "\"Sergei Shoigu arrived in Pyongyang on special instructions from Russian President Vladimir Putin to hold talks with the DPRK leadership as part of the implementation of agreements reached during his last visit on June 4,\" TASS quoted the press service of the Russian Security Council."
ARTICLES.append(dict(
    key="izvestia", slug="2025-06-17-izvestia-shoigu-arrives-pyongyang", pub=pub,
    title="Shoigu, on behalf of Putin, arrived in Pyongyang to meet with Kim Jong-un", outlet="Izvestia",
    url="https://en.iz.ru/en/1905025/2025-06-17/shoigu-behalf-putin-arrived-pyongyang-meet-kim-jong-un",
    strip_date=False, cut=None,
    events=[
        ev("visit", "Shoigu, on behalf of Putin, arrived in Pyongyang to meet with Kim Jong-un.", J17, SH, "Pyongyang"),
        ev("visit", "Russian Security Council Secretary Sergei Shoigu arrived on June 17 on an official visit to Pyongyang, the capital of the Democratic People's Republic of Korea (DPRK), on special instructions from Russian Leader Vladimir Putin.",
           J17, SH, "Pyongyang"),
        ev("meeting", "During the trip, he is scheduled to meet with North Korean leader Kim Jong Un.", UNK(pub), SK, "Pyongyang"),
        ev("visit", Q, J17, SH, "Pyongyang", speaker=SCPS, cited=["TASS"]),
        ev("visit", Q, J04, SH, "Pyongyang", speaker=SCPS, cited=["TASS"]),
        ev("visit", "Shoigu's visit to the DPRK is the third in the last three months.", J17, SH, "North Korea"),
        ev("meeting", "On June 4, Shoigu also held a meeting with Kim Jong-un in Pyongyang, during which they discussed the development of cooperation, the conflict in Ukraine and the situation on the Korean peninsula.",
           J04, SK, "Pyongyang"),
        ev("meeting", "The next day, the Korean Central News Agency (KCNA) clarified that during the talks, the issue of further cooperation and strengthening the strategic partnership between Russia and the DPRK was also raised.",
           J04, SK, "Pyongyang", cited=["Korean Central News Agency"]),
        ev("meeting", "Prior to that, on March 21, Shoigu conveyed during a meeting with Kim Jong-un that Putin was paying close attention to the implementation of all agreements.",
           D("2025-03-21"), SK, "North Korea", speaker="Sergei Shoigu"),
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
    with open(os.path.join(HERE, "slugs.txt"), "w", encoding="utf-8") as f:
        for a in ARTICLES:
            f.write(a["slug"] + "\n")
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
