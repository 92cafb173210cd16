#!/usr/bin/env python3
"""Write helper G's hand annotations as gold/<slug>.json (the annotations are written out below, one E(...) per mention)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def D(s, e=None, p="day"): return {"start": s, "end": e or s, "precision": p}
def E(kind, sentence, date, target=None, speaker=None, cited=(), participants=(), place=None):
    return {"kind": kind, "sentence": sentence, "date": date, "target": target, "speaker": speaker,
            "cited": list(cited), "participants": list(participants), "place": place}
KJI, KJU, VVP, DAM = "Kim Jong Il", "Kim Jong Un", "Vladimir Putin", "Dmitry Medvedev"
G = {}

# ---- Chicago Tribune, Saturday 2001-08-04
a = "2001-08-04"; journey = D("2001-07-26", "2001-08-03", "days")
G["2001-08-04-chicagotribune-kim-hits-moscow"] = [
 E("visit", "Kim hits Moscow, enigmatic as ever", D("2001-08-03"), participants=[KJI], place="Moscow"),
 E("visit", "North Korean leader Kim Jong Il arrived Friday night in Moscow at the end of a cross-country train trip", D("2001-08-03"), participants=[KJI], place="Moscow"),
 E("visit", "The nine-day journey along the Trans-Siberian Railway was secretive and strange", journey, participants=[KJI], place="Russia"),
 E("summit", "Kim is to meet Saturday with Russian President Vladimir Putin, and the two are expected to focus on trade and regional stability.", D(a), participants=[KJI, VVP], place="Moscow"),
 E("visit", "If Kim's train trip was supposed to be evidence of that, it so far has failed.", journey, participants=[KJI], place="Russia"),
 E("visit", "Kim arrived in Russia at the Far Eastern border town of Khasan with no advance public notice.", D("2001-07-26"), participants=[KJI], place="Khasan"),
]

# ---- The People's Korea, 2002-09-04
s02 = D("2002-08-23"); tour = D("2002-08-20", "2002-08-24", "days")
G["2002-09-04-peopleskorea-kim-third-summit-putin"] = [
 E("summit", "Kim\nJong Il Holds Third Summit Talks with Putin during Tour of Far Eastern Region of\nRussia", s02, participants=[KJI, VVP], place="Russian Far East"),
 E("summit", "General Secretary Kim Jong Il and Russian President V. V. Putin have a summit talk in Vladivostok.", s02, participants=[KJI, VVP], place="Vladivostok"),
 E("summit", "Chairman Kim Jong Il of the National Defense Commission met with his counterpart\nPresident Vladimir V. Putin on August 23 in Vladivostok", s02, participants=[KJI, VVP], place="Vladivostok"),
 E("summit", "It became a prominent\ninternational news event in that the summit talks between the two leaders came\nat a time when", s02, participants=[KJI, VVP], place="Vladivostok"),
 E("visit", "DPRK leader Kim Jong Il on August 20 embarked on a five-day visit to the Russian\nregion by train.", tour, participants=[KJI], place="Russian Far East"),
 E("visit", "Jong Il started his visit at the Russian border station Khasan where he was\nwelcomed by Presidential Envoy Konstantin Pulikovsky", D("2002-08-20"), participants=[KJI], place="Khasan"),
 E("meeting", "Jong Il started his visit at the Russian border station Khasan where he was\nwelcomed by Presidential Envoy Konstantin Pulikovsky", D("2002-08-20"), participants=[KJI, "Konstantin Pulikovsky"], place="Khasan"),
 E("visit", "Pulikovsky had done so during Kim Jong Il’s\nlast year’s official visit to Russia by the Trans-Siberian Railway for 24\ndays.", D("2001-01-01", "2001-12-31", "year"), participants=[KJI], place="Russia"),
]

# ---- NBC News, Wednesday 2011-08-24
a = "2011-08-24"; s11 = D(a); start = D("2011-08-20")
G["2011-08-24-nbcnews-kim-meets-medvedev-ulan-ude"] = [
 E("summit", "North Korean leader Kim Jong Il, left, listens to Russian President Dmitry Medvedev during a meeting at a military garrison outside Ulan-Ude on Wednesday.", s11, participants=[KJI, DAM], place="Ulan-Ude"),
 E("summit", "North Korea's autocratic leader Kim Jong Il met with Russian President Dmitry Medvedev Wednesday for talks expected to focus on nuclear disarmament, energy deals and economic aid.", s11, participants=[KJI, DAM], place="Ulan-Ude"),
 E("summit", "The summit takes place at a military garrison outside Ulan-Ude, the capital of Buryatia, some 3,000 miles east of Moscow.", s11, participants=[KJI, DAM], place="Ulan-Ude"),
 E("summit", "we're having a fun trip,\" Kim replied through a translator.", s11, speaker="Kim Jong Il", participants=[KJI, DAM], place="Ulan-Ude"),
 E("visit", "Kim's custom-built train has rolled across sections of eastern Russia in a trip that began Saturday.", start, participants=[KJI], place="Russia"),
 E("visit", "He is expected to start his return trip home \"immediately\" after the talks, the Itar-Tass news agency said.", s11, cited=["Itar-Tass"], participants=[KJI], place="Russia"),
 E("summit", "He is expected to start his return trip home \"immediately\" after the talks, the Itar-Tass news agency said.", s11, cited=["Itar-Tass"], participants=[KJI, DAM], place="Ulan-Ude"),
 E("visit", "It is Kim's first visit to Russia since 2002.", start, participants=[KJI], place="Russia"),
]

# ---- Al-Manar, Thursday 2015-04-30
a = "2015-04-30"; vd = D("2015-05-09")
G["2015-04-30-almanar-kim-cancels-moscow-visit"] = [
 E("announcement", "North Korean leader Kim Jong-Un has cancelled his planned visit to Moscow to attend Russia’s World War II anniversary celebrations on May 9, President Vladimir Putin’s spokesman said on Thursday.", D(a), target=vd, speaker="Dmitry Peskov", participants=[KJU], place="Moscow"),
 E("announcement", "\"He will not come.", D(a), target=vd, speaker="Dmitry Peskov", cited=["AFP"], participants=[KJU], place="Moscow"),
 E("announcement", "This is related to internal North Korean issues,\" Putin's spokesman Dmitry Peskov told AFP, saying the message had been received \"through diplomatic channels.\"", D(a), target=vd, speaker="Dmitry Peskov", cited=["AFP"], participants=[KJU], place="Moscow"),
 E("confirmation", "Earlier this year the Kremlin said Kim had agreed to travel to Russia for the celebrations marking the 70th anniversary of the Soviet victory over Nazi Germany", D("2015-01-01", "2015-12-31", "year"), target=vd, speaker="Kremlin", participants=[KJU], place="Russia"),
 E("invitation", "Russia has invited 68 heads of state and leaders of international organizations to attend the WWII commemorations", D(a, p="unknown"), target=vd, speaker="Russia", participants=["68 heads of state and leaders of international organizations"], place="Moscow"),
 E("visit", "only about a third of them are expected to participate in a major Red Square parade on May 9.", vd, participants=["about a third of the invited leaders"], place="Moscow"),
 E("announcement", "Kim joined a long list of the planned no-shows including US President Barack Obama and the leaders of France and Britain.", D(a), target=vd, speaker="Kim Jong Un", participants=[KJU], place="Moscow"),
 E("visit", "Chinese President Xi Jinping is among those expected to attend.", vd, participants=["Xi Jinping"], place="Moscow"),
 E("visit", "The late North Korean leader Kim Jong-Il visited Russia in August 2011 in his personal train for a rare meeting with then Russian president Dmitry Medvedev.", D("2011-08-01", "2011-08-31", "month"), participants=[KJI, DAM], place="Russia"),
]

# ---- The News International, Sunday 2018-09-09 (meeting on Saturday 2018-09-08)
a = "2018-09-08"; VM = "Valentina Matvienko"; nextweek = D("2018-09-10", "2018-09-16", "days")
G["2018-09-09-thenews-kim-confirms-readiness-visit-russia"] = [
 E("confirmation", "N Korea leader has confirmed readiness to visit Russia: Russian lawmaker", D(a), speaker=VM, participants=[KJU], place="Russia"),
 E("confirmation", "Kim Jong Un has confirmed his readiness to visit Russia, the RIA news agency quoted speaker of the upper house of the Russian parliament Valentina Matvienko as saying", D(a), speaker=VM, cited=["RIA Novosti"], participants=[KJU], place="Russia"),
 E("meeting", "after she met the North Korean leader in Pyongyang on Saturday.", D(a), cited=["RIA Novosti"], participants=[VM, KJU], place="Pyongyang"),
 E("meeting", "Kim “wants peace”, Matvienko said after the meeting, which lasted for more than an hour.", D(a), participants=[VM, KJU], place="Pyongyang"),
 E("announcement", "The timing and place of Kim´s visit will be agreed via diplomatic channels, the Russian lawmaker added.", D(a), speaker=VM, participants=[KJU], place="Russia"),
 E("confirmation", "“He confirmed he is ready and willing to make an official visit to Russia,” RIA quoted Matvienko as saying.", D(a), speaker=VM, cited=["RIA Novosti"], participants=[KJU], place="Russia"),
 E("announcement", "“He said he does not want to delay (the visit).", D(a), speaker=VM, participants=[KJU], place="Russia"),
 E("announcement", "“He said: meeting the President of Russia is very important to me", D(a), speaker=VM, participants=[KJU, VVP], place=None),
 E("announcement", "Kim will not able to attend a forum in Russia´s far eastern city of Vladivostok next week", D(a), target=nextweek, speaker=VM, participants=[KJU], place="Vladivostok"),
 E("announcement", "but will send a delegation of North Korean officials, Matvienko said.", D(a), target=nextweek, speaker=VM, participants=["North Korean delegation"], place="Vladivostok"),
 E("visit", "but will send a delegation of North Korean officials, Matvienko said.", nextweek, speaker=VM, participants=["North Korean delegation"], place="Vladivostok"),
 E("summit", "commitments reached when Kim and US President Donald Trump met at a summit in Singapore in June, another news agency, Interfax, reported, citing Matvienko.", D("2018-06-01", "2018-06-30", "month"), speaker=VM, cited=["Interfax"], participants=[KJU, "Donald Trump"], place="Singapore"),
]

# ---- Pakistan Point News, Thursday 2019-04-25
a = "2019-04-25"; unk = D(a, p="unknown"); KJUV = [KJU, VVP]
G["2019-04-25-pakistanpoint-putin-kim-conclude-summit"] = [
 E("summit", "Putin, Kim Conclude First Ever Summit In Vladivostok After 5-Hour 'Substantive' Talks", unk, participants=KJUV, place="Vladivostok"),
 E("summit", "Russian President Vladimir Putin and North Korean leader Kim Jong Un have concluded their first ever summit in Vladivostok that lasted five hours, nearly two of which the two leaders spent talking tete-a-tete", unk, participants=KJUV, place="Vladivostok"),
 E("summit", "This was not only the first Putin-Kim summit, but also the North Korean leader's first visit to Russia since he came to power in 2011", unk, participants=KJUV, place="Vladivostok"),
 E("summit", "The previous Russia-North Korea summit took place back in 2011, when the father of North Korea's current leader, Kim Jong Il, met with then-Russian President Dmitry Medvedev in Ulan-Ude.", D("2011-01-01", "2011-12-31", "year"), participants=[KJI, DAM], place="Ulan-Ude"),
 E("summit", "It took more than a year to arrange the Vladivostok summit.", unk, participants=KJUV, place="Vladivostok"),
 E("invitation", "after Russian Foreign Minister Sergey Lavrov personally handed over an invitation to Kim in June", D("2018-06-01", "2018-06-30", "month"), speaker="Yury Ushakov", participants=["Sergei Lavrov", KJU], place="Russia"),
 E("visit", "The details of Kim's visit to Russia were, however, kept secret until the very last moment due to security concerns.", D("2019-04-24"), participants=[KJU], place="Russia"),
 E("visit", "On Wednesday morning, Kim's armored train ultimately crossed the Russian border and stopped at Khasan railway station", D("2019-04-24"), participants=[KJU], place="Khasan"),
]

for slug, evs in G.items():
    json.dump({"article": slug, "published": slug[:10], "events": evs},
              open(os.path.join(ROOT, "gold", slug + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(slug, len(evs))
