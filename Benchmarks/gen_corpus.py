#!/usr/bin/env python3
"""Deterministic benchmark corpus for Annals.

Writes N news-style articles (Persian and English, 2-5 KB of UTF-8 each) with
planted, dated events between known actors, and the list of planted events
(the known answers).

    gen_corpus.py --count 10000 --seed 1 --out DIR [--jsonl]

DIR/articles/NNN/NNNNNN.{en,fa}.md  one article per file, YAML front matter
DIR/corpus.jsonl                     the same articles as JSON Lines (--jsonl)
DIR/events.jsonl                     one planted event per line:
    {"article": "000/000017.en.md", "language": "en", "cameo": "057",
     "actors": ["AZE", "NATO"], "start": "2009-05-05", "end": "2009-05-05",
     "granularity": "day", "sentence": "..."}
DIR/manifest.json                    counts, bytes, seed

Every sentence is written from our own templates; the same seed and count
always give the same bytes.
"""

import argparse
import datetime as dt
import json
import os
import random

# (code, English name, Persian name). All are in the built-in gazetteer.
ACTORS = [
    ("IRN", "Iran", "ایران"), ("AZE", "Azerbaijan", "جمهوری آذربایجان"), ("NATO", "NATO", "ناتو"),
    ("RUS", "Russia", "روسیه"), ("TUR", "Turkey", "ترکیه"), ("GEO", "Georgia", "گرجستان"),
    ("CHN", "China", "چین"), ("DEU", "Germany", "آلمان"), ("FRA", "France", "فرانسه"),
    ("JPN", "Japan", "ژاپن"), ("IND", "India", "هند"), ("IRQ", "Iraq", "عراق"),
    ("PAK", "Pakistan", "پاکستان"), ("ARM", "Armenia", "ارمنستان"), ("EU", "the European Union", "اتحادیه اروپا"),
    ("UN", "the United Nations", "سازمان ملل متحد"), ("SYR", "Syria", "سوریه"), ("EGY", "Egypt", "مصر"),
    ("KAZ", "Kazakhstan", "قزاقستان"), ("SAU", "Saudi Arabia", "عربستان سعودی"), ("AFG", "Afghanistan", "افغانستان"),
    ("SCO", "the Shanghai Cooperation Organisation", "سازمان همکاری شانگهای"), ("OSCE", "the OSCE", "سازمان امنیت و همکاری اروپا"),
    ("GBR", "Britain", "بریتانیا"),
]
ORGS = {"NATO", "EU", "UN", "SCO", "OSCE"}

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
             "بهمن", "اسفند"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

EN_TOPICS = ["energy transit", "border security", "customs", "air traffic", "education", "water sharing",
             "trade", "transport corridors", "cultural exchange", "disaster relief", "agriculture", "banking"]
FA_TOPICS = ["ترانزیت انرژی", "امنیت مرزها", "گمرک", "حمل و نقل هوایی", "آموزش", "منابع آب", "تجارت",
             "کریدورهای حمل و نقل", "مبادلات فرهنگی", "امداد در بلایا", "کشاورزی", "بانکداری"]
EN_CITIES = ["Brussels", "Geneva", "Vienna", "Baku", "Tbilisi", "Istanbul", "Moscow", "Beijing", "Ankara", "Doha"]
FA_CITIES = ["بروکسل", "ژنو", "وین", "باکو", "تفلیس", "استانبول", "مسکو", "پکن", "آنکارا", "دوحه"]

# Event templates: (cameo, needs an organisation as B, text with {A} {B} {D} {T} {C}).
EN_EVENTS = [
    ("057", False, "{A} and {B} signed an agreement on {T} {D}."),
    ("057", False, "{D_cap}, {A} and {B} signed a memorandum on {T} in {C}."),
    ("057", True, "{A} joined {B} {D}, after years of preparation."),
    ("040", False, "{A} and {B} held talks on {T} in {C} {D}."),
    ("042", False, "The foreign minister of {A} visited {B} {D} to discuss {T}."),
    ("111", False, "{A} condemned {B} {D} over its policy on {T}."),
    ("051", False, "{A} praised {B} {D} for its work on {T}."),
]
FA_EVENTS = [
    ("057", False, "{A} و {B} {D} توافقنامه ای درباره {T} امضا کردند."),
    ("057", True, "{A} {D} به {B} پیوست."),
    ("040", False, "نمایندگان {A} و {B} {D} در {C} درباره {T} دیدار کردند."),
    ("042", False, "وزیر خارجه {A} {D} به {B} سفر کرد."),
    ("051", False, "{A} {D} از {B} برای همکاری در زمینه {T} تقدیر کرد."),
]

EN_FILLER = [
    "Prices of bread and rice went up by {n} percent over the past year, according to figures from the statistics office.",
    "Traffic on the main highway was slow for most of the morning because of roadworks near the northern exit.",
    "The weather office expects temperatures of around {n} degrees for the rest of the week, with light rain in the hills.",
    "Local farmers are harvesting wheat earlier than usual, and the first loads reached the market towns this month.",
    "A new bridge over the river is due to open to cars after {n} months of building work.",
    "Analysts point out that the currency has been stable for several weeks, after a difficult start to the season.",
    "The number of visitors to the old quarter has grown steadily, and hotel owners report that most rooms are taken.",
    "Schools in the region reopened after the holidays with about {n} thousand pupils in the first grade.",
    "Water levels in the reservoirs are lower than last season, and the utilities ask households to use less.",
    "The central library extended its opening hours, and its reading rooms now stay open late on weekdays.",
    "Exports of fruit and nuts reached {n} thousand tonnes, the highest figure in a decade, according to the chamber of commerce.",
    "Observers note that the regional economy depends heavily on energy prices and on the transit of goods.",
    "Hospitals in the capital have added {n} beds to their emergency wards since the start of the programme.",
    "The port handled more containers than expected, and new cranes are being installed on the eastern pier.",
    "Young people in the provinces continue to move to the cities in search of work, a long trend in the region.",
]
FA_FILLER = [
    "بر پایه آمار مرکز آمار، قیمت نان و برنج در یک سال گذشته {n} درصد بالا رفته است.",
    "ترافیک در بزرگراه اصلی در بیشتر ساعات صبح به دلیل تعمیرات جاده سنگین بود.",
    "اداره هواشناسی دمای هوا را در روزهای آینده حدود {n} درجه پیش بینی می کند و در مناطق کوهستانی باران سبک خواهد بارید.",
    "کشاورزان منطقه برداشت گندم را زودتر از معمول آغاز کرده اند و نخستین محموله ها به بازار رسیده است.",
    "پل تازه روی رودخانه پس از {n} ماه کار ساختمانی به زودی به روی خودروها باز می شود.",
    "کارشناسان می گویند ارزش پول ملی پس از آغازی دشوار، چند هفته است که ثابت مانده است.",
    "شمار گردشگران بافت قدیمی شهر رو به افزایش است و بیشتر اتاق های هتل ها پر است.",
    "مدارس منطقه پس از تعطیلات با حدود {n} هزار دانش آموز کلاس اول بازگشایی شدند.",
    "سطح آب سدها از فصل گذشته پایین تر است و شرکت های آب از خانواده ها می خواهند مصرف را کم کنند.",
    "کتابخانه مرکزی ساعت کار خود را افزایش داده و سالن های مطالعه تا دیروقت باز می ماند.",
    "صادرات میوه و خشکبار به {n} هزار تن رسید که بالاترین رقم در یک دهه گذشته است.",
    "اقتصاد منطقه به شدت به قیمت انرژی و ترانزیت کالا وابسته است.",
    "بیمارستان های پایتخت از آغاز این برنامه {n} تخت به بخش های اورژانس خود افزوده اند.",
    "بندر بیش از پیش بینی ها کانتینر جابجا کرد و جرثقیل های تازه در اسکله شرقی نصب می شود.",
    "جوانان استان ها همچنان برای یافتن کار به شهرهای بزرگ می روند.",
]
EN_TITLES = ["Talks and agreements across the region", "Regional diplomacy in review", "A busy season for diplomats",
             "Partners review years of cooperation", "News from the capitals"]
FA_TITLES = ["گزارشی از دیپلماسی منطقه", "مروری بر همکاری های منطقه ای", "فصلی پرکار برای دیپلمات ها",
             "اخبار پایتخت ها", "همکاری ها و توافق های تازه"]


def jalali_is_leap(year):
    """Leap years of the Solar Hijri calendar by the 33-year arithmetic rule."""
    return (25 * year + 11) % 33 < 8


def jalali_month_length(year, month):
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jalali_is_leap(year) else 29


# 1 Farvardin 1380 was 21 March 2001.
ANCHOR_YEAR, ANCHOR_DAY = 1380, dt.date(2001, 3, 21)


def nowruz(year):
    day = ANCHOR_DAY
    if year >= ANCHOR_YEAR:
        for y in range(ANCHOR_YEAR, year):
            day += dt.timedelta(days=366 if jalali_is_leap(y) else 365)
    else:
        for y in range(year, ANCHOR_YEAR):
            day -= dt.timedelta(days=366 if jalali_is_leap(y) else 365)
    return day


def to_jalali(day):
    year = day.year - 621
    if day < nowruz(year):
        year -= 1
    offset = (day - nowruz(year)).days
    month = 1
    while offset >= jalali_month_length(year, month):
        offset -= jalali_month_length(year, month)
        month += 1
    return year, month, offset + 1


def jalali_month_interval(year, month):
    start = nowruz(year)
    for m in range(1, month):
        start += dt.timedelta(days=jalali_month_length(year, m))
    return start, start + dt.timedelta(days=jalali_month_length(year, month) - 1)


def en_date(rng, day):
    """An English date phrase, and the interval and granularity it means."""
    form = rng.random()
    if form < 0.4:
        return f"on {day.day} {EN_MONTHS[day.month - 1]} {day.year}", day, day, "day"
    if form < 0.7:
        return f"on {EN_MONTHS[day.month - 1]} {day.day}, {day.year}", day, day, "day"
    if form < 0.9:
        last = (dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) - dt.timedelta(days=1))
        return f"in {EN_MONTHS[day.month - 1]} {day.year}", day.replace(day=1), last, "month"
    return f"in {day.year}", dt.date(day.year, 1, 1), dt.date(day.year, 12, 31), "year"


def fa_date(rng, day):
    """A Persian (Solar Hijri) date phrase, and the interval and granularity it means."""
    y, m, d = to_jalali(day)
    digits = (lambda s: str(s).translate(FA_DIGITS)) if rng.random() < 0.8 else str
    form = rng.random()
    if form < 0.45:
        return f"در {digits(d)} {FA_MONTHS[m - 1]} {digits(y)}", day, day, "day"
    if form < 0.7:
        return f"روز {digits(d)} {FA_MONTHS[m - 1]} سال {digits(y)}", day, day, "day"
    if form < 0.9:
        start, end = jalali_month_interval(y, m)
        return f"در {FA_MONTHS[m - 1]} {digits(y)}", start, end, "month"
    return f"در سال {digits(y)}", nowruz(y), nowruz(y + 1) - dt.timedelta(days=1), "year"


def article(rng, index):
    language = "fa" if rng.random() < 0.5 else "en"
    published = dt.date(1995, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 29))
    target = rng.randrange(2048, 5000)
    events_templates = FA_EVENTS if language == "fa" else EN_EVENTS
    fillers = FA_FILLER if language == "fa" else EN_FILLER
    topics = FA_TOPICS if language == "fa" else EN_TOPICS
    cities = FA_CITIES if language == "fa" else EN_CITIES
    title = rng.choice(FA_TITLES if language == "fa" else EN_TITLES)
    name = f"{index // 1000:03d}/{index:06d}.{language}.md"
    lines = [f"# {title}", ""]
    planted = []
    size = 0
    event_count = rng.randrange(3, 9)
    paragraphs = []
    while size < target:
        paragraph = []
        for filler in rng.sample(fillers, rng.randrange(2, 5)):
            paragraph.append(filler.replace("{n}", str(rng.randrange(2, 90))))
        if event_count > 0 and rng.random() < 0.7:
            event_count -= 1
            cameo, needs_org, template = rng.choice(events_templates)
            a = rng.choice(ACTORS)
            b = rng.choice([x for x in ACTORS if x[0] != a[0] and (not needs_org or x[0] in ORGS)])
            a_name, b_name = (a[2], b[2]) if language == "fa" else (a[1], b[1])
            day = published - dt.timedelta(days=rng.randrange(1, 365 * 6))
            phrase, start, end, granularity = (fa_date if language == "fa" else en_date)(rng, day)
            sentence = template.format(A=a_name, B=b_name, D=phrase, D_cap=phrase[:1].upper() + phrase[1:],
                                       T=rng.choice(topics), C=rng.choice(cities))
            sentence = sentence[:1].upper() + sentence[1:]
            paragraph.insert(rng.randrange(0, len(paragraph) + 1), sentence)
            planted.append({"article": name, "language": language, "cameo": cameo, "actors": sorted([a[0], b[0]]),
                            "start": start.isoformat(), "end": end.isoformat(), "granularity": granularity,
                            "sentence": sentence})
        text = " ".join(paragraph)
        paragraphs.append(text)
        size += len(text.encode()) + 2
    lines.extend("\n\n".join(paragraphs).split("\n"))
    body = "\n".join(lines) + "\n"
    return {"name": name, "language": language, "title": title, "published": published.isoformat(),
            "source": "Annals bench desk", "text": body}, planted


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--jsonl", action="store_true", help="also write corpus.jsonl")
    parser.add_argument("--no-files", action="store_true", help="do not write the .md files")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    total_bytes = {"en": 0, "fa": 0}
    counts = {"en": 0, "fa": 0}
    planted_count = 0
    jsonl = open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") if args.jsonl else None
    with open(os.path.join(args.out, "events.jsonl"), "w", encoding="utf-8") as answers:
        for index in range(args.count):
            item, planted = article(rng, index)
            front = (f"---\ntitle: {item['title']}\npublished: {item['published']}\n"
                     f"source: {item['source']}\nlanguage: {item['language']}\n---\n\n")
            data = (front + item["text"]).encode()
            if not args.no_files:
                path = os.path.join(args.out, "articles", item["name"])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
            if jsonl:
                jsonl.write(json.dumps({k: item[k] for k in ("title", "published", "source", "language", "text")},
                                       ensure_ascii=False) + "\n")
            total_bytes[item["language"]] += len(data)
            counts[item["language"]] += 1
            for event in planted:
                answers.write(json.dumps(event, ensure_ascii=False) + "\n")
            planted_count += len(planted)
    if jsonl:
        jsonl.close()
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump({"seed": args.seed, "articles": args.count, "by_language": counts, "bytes": total_bytes,
                   "planted_events": planted_count}, f, indent=1)
    print(json.dumps({"articles": args.count, "bytes": sum(total_bytes.values()), "planted_events": planted_count}))


if __name__ == "__main__":
    main()
