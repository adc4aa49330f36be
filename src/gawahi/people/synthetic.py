"""Seeded generator of realistic Pakistani victim lists with known truth (tests, benchmarks).

People are drawn from name distributions written for this project (given names, lineage
titles, sect/tribe/caste surnames and fathers' names, with Zipf-like frequencies), grouped
into incidents (mostly single target killings, a heavy tail of bombings with dozens of
victims on one date in one district), then written onto several lists by different groups,
each with its own habits: transliteration variants, "Syed" written or not, honorifics
(Shaheed, Haji, Maulana), "s/o" inside the name or a father column, Urdu script, typing
errors, ages off by a few years, dates a day late or only a year, missing fields and a few
duplicates within a list. Every record carries the id of the true person.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

# canonical: (Latin spellings, most common first; Urdu spelling). Includes spellings the
# name module does not list, so that benchmarks exercise its fall-back skeleton too.
MALE: list[tuple[str, list[str], str]] = [
    ("ali", ["Ali", "Aly", "Alee"], "علی"),
    ("hussain", ["Hussain", "Husain", "Hussein", "Hosain", "Hossein", "Husayn"], "حسین"),
    ("hasan", ["Hassan", "Hasan", "Hasen"], "حسن"),
    ("abbas", ["Abbas", "Abas", "Abbass"], "عباس"),
    ("raza", ["Raza", "Reza", "Rida", "Rizaa"], "رضا"),
    ("haider", ["Haider", "Hyder", "Haidar", "Hayder"], "حیدر"),
    ("jafar", ["Jafar", "Jaffar", "Ja'far", "Jaafar"], "جعفر"),
    ("qasim", ["Qasim", "Kasim", "Qaasim"], "قاسم"),
    ("kazim", ["Kazim", "Kazem", "Qazim"], "کاظم"),
    ("baqir", ["Baqir", "Baqar", "Bakir"], "باقر"),
    ("mehdi", ["Mehdi", "Mahdi"], "مہدی"),
    ("sajjad", ["Sajjad", "Sajad"], "سجاد"),
    ("zaheer", ["Zaheer", "Zahir", "Zahier"], "ظہیر"),
    ("imran", ["Imran", "Imraan"], "عمران"),
    ("asif", ["Asif", "Aasif"], "آصف"),
    ("nadeem", ["Nadeem", "Nadim"], "ندیم"),
    ("naveed", ["Naveed", "Navid", "Naved"], "نوید"),
    ("waheed", ["Waheed", "Wahid"], "وحید"),
    ("khalid", ["Khalid", "Khaled"], "خالد"),
    ("tariq", ["Tariq", "Tarik", "Tareq"], "طارق"),
    ("tahir", ["Tahir", "Taahir"], "طاہر"),
    ("aamir", ["Aamir", "Amir", "Aamer"], "عامر"),
    ("yousaf", ["Yousaf", "Yusuf", "Yousuf", "Yusaf"], "یوسف"),
    ("ahmed", ["Ahmed", "Ahmad"], "احمد"),
    ("mehmood", ["Mehmood", "Mahmood", "Mahmud"], "محمود"),
    ("murtaza", ["Murtaza", "Murtuza", "Murtada"], "مرتضی"),
    ("zafar", ["Zafar", "Zaffar"], "ظفر"),
    ("akbar", ["Akbar", "Akber"], "اکبر"),
    ("asghar", ["Asghar", "Asgher", "Asgar"], "اصغر"),
    ("anwar", ["Anwar", "Anwer"], "انور"),
    ("iqbal", ["Iqbal", "Ikbal"], "اقبال"),
    ("nisar", ["Nisar", "Nissar"], "نثار"),
    ("riaz", ["Riaz", "Riyaz"], "ریاض"),
    ("ijaz", ["Ijaz", "Ejaz", "Aijaz"], "اعجاز"),
    ("nawaz", ["Nawaz"], "نواز"),
    ("shahzad", ["Shahzad", "Shehzad"], "شہزاد"),
    ("faisal", ["Faisal", "Faysal"], "فیصل"),
    ("rashid", ["Rashid", "Rasheed"], "راشد"),
    ("saleem", ["Saleem", "Salim"], "سلیم"),
    ("waseem", ["Waseem", "Wasim"], "وسیم"),
    ("kamran", ["Kamran"], "کامران"),
    ("hamid", ["Hamid", "Haamid"], "حامد"),
    ("shakeel", ["Shakeel", "Shakil"], "شکیل"),
    ("mazhar", ["Mazhar", "Mazher"], "مظہر"),
    ("zeeshan", ["Zeeshan", "Zishan"], "ذیشان"),
    ("qamar", ["Qamar", "Kamar"], "قمر"),
    ("sibtain", ["Sibtain", "Sibtein", "Sabtain"], "سبطین"),
    ("tasawar", ["Tasawar", "Tasawwar", "Tassawar"], "تصور"),
    ("khadim", ["Khadim", "Khadam"], "خادم"),
    ("mukhtar", ["Mukhtar", "Mukhtiar"], "مختار"),
    ("liaquat", ["Liaquat", "Liaqat", "Liaqet"], "لیاقت"),
    ("barkat", ["Barkat", "Barkaat"], "برکت"),
    ("wazir", ["Wazir", "Vazir"], "وزیر"),
    ("dilawar", ["Dilawar", "Dilawer"], "دلاور"),
    ("basharat", ["Basharat", "Bisharat"], "بشارت"),
    ("inayat", ["Inayat", "Enayat"], "عنایت"),
    ("sultan", ["Sultan", "Sultaan"], "سلطان"),
    ("fida", ["Fida", "Fidaa"], "فدا"),
    ("turab", ["Turab", "Turaab"], "تراب"),
    ("arshad", ["Arshad", "Arshed"], "ارشد"),
    ("pervaiz", ["Pervaiz", "Parvez", "Pervez"], "پرویز"),
    ("shahbaz", ["Shahbaz", "Shehbaz"], "شہباز"),
    ("yaqoob", ["Yaqoob", "Yaqub", "Yakub"], "یعقوب"),
    ("younas", ["Younas", "Yunus", "Younis"], "یونس"),
    ("emmanuel", ["Emmanuel", "Imanuel"], "ایمانوئل"),
    ("sohail", ["Sohail", "Suhail"], "سہیل"),
    ("shafqat", ["Shafqat", "Shafkat"], "شفقت"),
    ("jawad", ["Jawad", "Jawwad"], "جواد"),
    ("javed", ["Javed", "Javaid", "Jawed"], "جاوید"),
    ("taqi", ["Taqi", "Taki"], "تقی"),
    ("naqi", ["Naqi", "Naqee"], "نقی"),
    ("askari", ["Askari", "Askri"], "عسکری"),
    ("zahid", ["Zahid", "Zahed"], "زاہد"),
    ("shahid", ["Shahid", "Shahed"], "شاہد"),
    ("irfan", ["Irfan", "Irfaan"], "عرفان"),
    ("arif", ["Arif", "Aarif"], "عارف"),
    ("sajid", ["Sajid", "Saajid"], "ساجد"),
    ("umar", ["Umar", "Omar", "Umer"], "عمر"),
    ("usman", ["Usman", "Osman"], "عثمان"),
    ("ibrahim", ["Ibrahim", "Ebrahim"], "ابراہیم"),
    ("ismail", ["Ismail", "Ismael"], "اسماعیل"),
    ("mustafa", ["Mustafa", "Mustapha"], "مصطفی"),
    ("mujtaba", ["Mujtaba", "Mojtaba"], "مجتبی"),
    ("mumtaz", ["Mumtaz"], "ممتاز"),
    ("fayyaz", ["Fayyaz", "Fayaz"], "فیاض"),
    ("aziz", ["Aziz", "Azeez"], "عزیز"),
    ("adil", ["Adil", "Aadil"], "عادل"),
    ("salman", ["Salman"], "سلمان"),
    ("naseem", ["Naseem", "Nasim"], "نسیم"),
    ("kashif", ["Kashif"], "کاشف"),
    ("majid", ["Majid", "Maajid"], "ماجد"),
    ("jameel", ["Jameel", "Jamil"], "جمیل"),
    ("nasir", ["Nasir", "Naasir"], "ناصر"),
    ("muzaffar", ["Muzaffar", "Muzafar"], "مظفر"),
    ("abid", ["Abid", "Aabid"], "عابد"),
    ("zulfiqar", ["Zulfiqar", "Zulfikar"], "ذوالفقار"),
    ("sarfraz", ["Sarfraz", "Sarfaraz"], "سرفراز"),
    ("rehman", ["Rehman", "Rahman"], "رحمان"),
    ("noor", ["Noor", "Nur"], "نور"),
    ("gulzar", ["Gulzar", "Gulzaar"], "گلزار"),
    ("safdar", ["Safdar", "Safder"], "صفدر"),
    ("manzoor", ["Manzoor", "Manzur"], "منظور"),
    ("maqsood", ["Maqsood", "Maqsud"], "مقصود"),
    ("ishtiaq", ["Ishtiaq", "Ishtiyaq"], "اشتیاق"),
    ("ikhlaq", ["Ikhlaq", "Akhlaq"], "اخلاق"),
    ("musarrat", ["Musarrat", "Musarat"], "مسرت"),
    ("shaukat", ["Shaukat", "Shoukat"], "شوکت"),
    ("ashiq", ["Ashiq", "Aashiq"], "عاشق"),
    ("sadiq", ["Sadiq", "Saadiq"], "صادق"),
    ("rafiq", ["Rafiq", "Rafique", "Rafeeq"], "رفیق"),
    ("tauqeer", ["Tauqeer", "Tauqir"], "توقیر"),
    ("zameer", ["Zameer", "Zamir"], "ضمیر"),
    ("nazar", ["Nazar", "Nazer"], "نذر"),
    ("ghazanfar", ["Ghazanfar", "Ghaznafar"], "غضنفر"),
    ("wajahat", ["Wajahat", "Wajahet"], "وجاہت"),
    ("ehsan", ["Ehsan", "Ahsan", "Ihsan"], "احسان"),
]
FEMALE: list[tuple[str, list[str], str]] = [
    ("fatima", ["Fatima", "Fatimah", "Fatma"], "فاطمہ"),
    ("zainab", ["Zainab", "Zenab", "Zaynab"], "زینب"),
    ("sakina", ["Sakina", "Sakeena"], "سکینہ"),
    ("kulsoom", ["Kulsoom", "Kulsum"], "کلثوم"),
    ("nargis", ["Nargis"], "نرگس"),
    ("rubina", ["Rubina", "Rubeena"], "روبینہ"),
    ("nasreen", ["Nasreen", "Nasrin"], "نسرین"),
    ("parveen", ["Parveen", "Perveen"], "پروین"),
    ("shabana", ["Shabana"], "شبانہ"),
    ("ghazala", ["Ghazala"], "غزالہ"),
    ("samina", ["Samina", "Sameena"], "ثمینہ"),
    ("tahira", ["Tahira", "Tahera"], "طاہرہ"),
    ("kaneez", ["Kaneez", "Kaniz"], "کنیز"),
    ("zahra", ["Zahra", "Zehra"], "زہرا"),
    ("maryam", ["Maryam", "Mariam"], "مریم"),
    ("asma", ["Asma", "Asmaa"], "اسماء"),
    ("ruqayya", ["Ruqayya", "Ruqaiya", "Rukhaya"], "رقیہ"),
    ("bano", ["Bano", "Banu"], "بانو"),
    ("shamim", ["Shamim", "Shameem"], "شمیم"),
    ("razia", ["Razia", "Raziya"], "رضیہ"),
    ("sughra", ["Sughra", "Soghra"], "صغری"),
    ("kubra", ["Kubra", "Kobra"], "کبری"),
    ("farzana", ["Farzana"], "فرزانہ"),
    ("nusrat", ["Nusrat", "Nusrut"], "نصرت"),
    ("shazia", ["Shazia", "Shaziya"], "شازیہ"),
    ("huma", ["Huma"], "ہما"),
]
# Surnames: sect / tribe / caste names; lineage ones take "Syed".
SURNAMES: list[tuple[str, list[str], str, bool]] = [
    ("naqvi", ["Naqvi", "Naqavi"], "نقوی", True),
    ("rizvi", ["Rizvi", "Rizwi"], "رضوی", True),
    ("zaidi", ["Zaidi"], "زیدی", True),
    ("jafri", ["Jafri", "Jafry", "Jaffery"], "جعفری", True),
    ("kazmi", ["Kazmi", "Kazimi"], "کاظمی", True),
    ("abidi", ["Abidi"], "عابدی", True),
    ("bukhari", ["Bukhari", "Bokhari"], "بخاری", True),
    ("hashmi", ["Hashmi", "Hashemi"], "ہاشمی", True),
    ("hazara", ["Hazara"], "ہزارہ", False),
    ("changezi", ["Changezi", "Changazi"], "چنگیزی", False),
    ("turi", ["Turi", "Toori"], "طوری", False),
    ("bangash", ["Bangash"], "بنگش", False),
    ("khan", ["Khan"], "خان", False),
    ("shah", ["Shah"], "شاہ", True),
    ("baloch", ["Baloch", "Baluch"], "بلوچ", False),
    ("qureshi", ["Qureshi", "Quraishi"], "قریشی", False),
    ("bhatti", ["Bhatti"], "بھٹی", False),
    ("masih", ["Masih", "Maseeh"], "مسیح", False),
    ("awan", ["Awan"], "اعوان", False),
    ("mughal", ["Mughal", "Moghal"], "مغل", False),
    ("orakzai", ["Orakzai", "Orakzay"], "اورکزئی", False),
]
PREFIX = {"muhammad": (["Muhammad", "Mohammad", "Muhammed", "Mohd", "Mohammed", "M."], "محمد"),
          "ghulam": (["Ghulam", "Gulam"], "غلام")}
DISTRICTS = [
    ("Quetta", 30), ("Kurram", 14), ("Karachi", 14), ("Peshawar", 8), ("Dera Ismail Khan", 7),
    ("Hangu", 5), ("Gilgit", 4), ("Kohat", 4), ("Lahore", 3), ("Rawalpindi", 3), ("Mastung", 3),
    ("Orakzai", 2), ("Chakwal", 2), ("Jhang", 2), ("Bahawalnagar", 1), ("Kasur", 1),
]
HONORIFICS = ["Shaheed", "Haji", "Maulana", "Dr.", "Agha", "Mr.", "Mir"]
URDU_HONOR = {"Shaheed": "شہید", "Haji": "حاجی", "Maulana": "مولانا", "Dr.": "ڈاکٹر",
              "Agha": "آغا", "Mr.": "جناب", "Mir": "میر"}


@dataclass
class TruePerson:
    pid: int
    sex: str
    given: list[tuple[str, list[str], str]]
    surname: tuple[str, list[str], str, bool] | None
    syed: bool
    father_given: list[tuple[str, list[str], str]]
    age: int
    district: str
    date: str


@dataclass
class ListStyle:
    name: str
    coverage: float  # chance that a person appears on this list
    urdu: float = 0.0  # share of records written in Urdu script
    father_in_name: float = 0.3  # "s/o Father" inside the name column
    syed_written: float = 0.6
    honorific: float = 0.1
    typo: float = 0.04
    missing_age: float = 0.3
    missing_father: float = 0.15
    missing_district: float = 0.05
    date_year_only: float = 0.05
    date_missing: float = 0.03
    date_shift: float = 0.05
    duplicate: float = 0.01
    variant: float = 0.35  # chance a token uses a non-standard spelling


DEFAULT_STYLES = [
    ListStyle("HRCP", 0.6, urdu=0.0, father_in_name=0.1, syed_written=0.8),
    ListStyle("ShiaKilling", 0.5, urdu=0.0, father_in_name=0.6, syed_written=0.5, honorific=0.25),
    ListStyle("Community", 0.45, urdu=0.5, father_in_name=0.3, syed_written=0.7, typo=0.06,
              missing_age=0.5),
]


@dataclass
class Generated:
    people: list[TruePerson]
    records: list[dict[str, Any]]  # id, list_name, name, father_name, sex, age, district, date, truth
    lists: list[str] = field(default_factory=list)


def _zipf(rnd: random.Random, n: int, s: float = 1.0) -> int:
    weights = _ZIPF_CACHE.get((n, s))
    if weights is None:
        weights = [1.0 / (i + 1) ** s for i in range(n)]
        acc = []
        tot = 0.0
        for w in weights:
            tot += w
            acc.append(tot)
        _ZIPF_CACHE[(n, s)] = acc
        weights = acc
    x = rnd.random() * weights[-1]
    lo, hi = 0, n - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if weights[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


_ZIPF_CACHE: dict[tuple[int, float], list[float]] = {}


def _given_names(rnd: random.Random, sex: str) -> list[tuple[str, list[str], str]]:
    pool = MALE if sex == "male" else FEMALE
    out = [pool[_zipf(rnd, len(pool), 0.8)]]
    if sex == "male":
        r = rnd.random()
        if r < 0.25:
            out.insert(0, ("muhammad", PREFIX["muhammad"][0], PREFIX["muhammad"][1]))
        elif r < 0.30:
            out.insert(0, ("ghulam", PREFIX["ghulam"][0], PREFIX["ghulam"][1]))
        if rnd.random() < 0.35:
            nxt = pool[_zipf(rnd, len(pool), 0.8)]
            if nxt[0] != out[-1][0]:
                out.append(nxt)
    return out


def make_people(n: int, seed: int = 1) -> list[TruePerson]:
    rnd = random.Random(seed)
    dists = [d for d, _ in DISTRICTS]
    dw = [w for _, w in DISTRICTS]
    people: list[TruePerson] = []
    pid = 0
    while pid < n:
        # An incident: one place, one date, a heavy-tailed number of victims.
        size = 1 if rnd.random() < 0.55 else min(int(rnd.paretovariate(1.1)) + 1, 120)
        district = rnd.choices(dists, dw)[0]
        date = f"{rnd.randint(2004, 2023)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        for _ in range(min(size, n - pid)):
            sex = "male" if rnd.random() < 0.88 else "female"
            surname = SURNAMES[_zipf(rnd, len(SURNAMES), 0.7)] if rnd.random() < 0.6 else None
            syed = bool(surname and surname[3] and rnd.random() < 0.9) or rnd.random() < 0.05
            father = _given_names(rnd, "male")
            people.append(TruePerson(pid, sex, _given_names(rnd, sex), surname, syed, father,
                                     rnd.randint(8, 75) if rnd.random() < 0.97 else rnd.randint(1, 7),
                                     district, date))
            pid += 1
    return people


_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rnd: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rnd.randrange(1, len(word) - 1)
    op = rnd.random()
    if op < 0.3:
        return word[:i] + word[i + 1 :]
    if op < 0.6:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.8:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rnd.choice(_KEYS) + word[i + 1 :]


def _spell(rnd: random.Random, tok: tuple[str, list[str], str], style: ListStyle, urdu: bool) -> str:
    if urdu:
        return tok[2]
    variants = tok[1]
    if len(variants) > 1 and rnd.random() < style.variant:
        return rnd.choice(variants[1:])
    return variants[0]


def _render_name(rnd: random.Random, given: list[tuple[str, list[str], str]],
                 surname: tuple[str, list[str], str, bool] | None, syed: bool,
                 style: ListStyle, urdu: bool, honor: bool) -> str:
    parts: list[str] = []
    if honor:
        h = rnd.choice(HONORIFICS)
        parts.append(URDU_HONOR[h] if urdu else h)
    if syed and rnd.random() < style.syed_written:
        parts.append("سید" if urdu else rnd.choice(["Syed", "Syed", "Syed", "Sayed", "Sayyid", "S."]))
    for g in given:
        parts.append(_spell(rnd, g, style, urdu))
    if surname:
        parts.append(surname[2] if urdu else _spell(rnd, (surname[0], surname[1], surname[2]), style, urdu))
    if not urdu and rnd.random() < style.typo:
        i = rnd.randrange(len(parts))
        parts[i] = _typo(rnd, parts[i])
    return " ".join(p for p in parts if p and p != "S.")


def _render(rnd: random.Random, p: TruePerson, style: ListStyle, rid: int) -> dict[str, Any]:
    urdu = rnd.random() < style.urdu
    name = _render_name(rnd, p.given, p.surname, p.syed, style, urdu, rnd.random() < style.honorific)
    father: str | None = None
    if rnd.random() >= style.missing_father:
        father = _render_name(rnd, p.father_given, p.surname if p.sex == "male" or rnd.random() < 0.5 else None,
                              p.syed, style, urdu, False)
    if father and rnd.random() < style.father_in_name:
        rel = "ولد" if urdu else rnd.choice(["s/o", "S/O", "son of", "s/o", "bin"] if p.sex == "male"
                                            else ["d/o", "D/O", "daughter of"])
        name = f"{name} {rel} {father}"
        father = None
    age: str | None = None
    if rnd.random() >= style.missing_age:
        a = max(1, p.age + rnd.choice([0, 0, 0, 0, 1, -1, 2, -2, 3, 5]))
        age = str(a) if rnd.random() < 0.9 else f"{max(1, a - 3)}-{a + 3}"
    district: str | None = None
    if rnd.random() >= style.missing_district:
        district = p.district if rnd.random() < 0.8 else rnd.choice(
            [p.district.upper(), f"{p.district} District", p.district.lower()])
    date: str | None = p.date
    r = rnd.random()
    if r < style.date_missing:
        date = None
    elif r < style.date_missing + style.date_year_only:
        date = p.date[:4]
    elif r < style.date_missing + style.date_year_only + style.date_shift:
        d = int(p.date[8:10]) + 1
        date = f"{p.date[:8]}{d:02d}"
    return {"id": rid, "list_name": style.name, "name": name, "father_name": father,
            "sex": p.sex if rnd.random() < 0.9 else None, "age": age, "district": district,
            "incident_date": date, "truth": p.pid}


def generate(n_people: int, seed: int = 1, styles: list[ListStyle] | None = None) -> Generated:
    """People, and the records of every list about them (each record knows its person)."""
    styles = styles or DEFAULT_STYLES
    rnd = random.Random(seed * 7919 + 17)
    people = make_people(n_people, seed)
    records: list[dict[str, Any]] = []
    for style in styles:
        for p in people:
            if rnd.random() < style.coverage:
                records.append(_render(rnd, p, style, len(records) + 1))
                if rnd.random() < style.duplicate:
                    records.append(_render(rnd, p, style, len(records) + 1))
    return Generated(people, records, [s.name for s in styles])


def generate_records(n_records: int, seed: int = 1) -> Generated:
    """About `n_records` records (people are drawn so that the lists hold that many)."""
    mean_cov = sum(s.coverage * (1 + s.duplicate) for s in DEFAULT_STYLES)
    return generate(max(2, round(n_records / mean_cov)), seed)


def age_range(age: str | None) -> tuple[int | None, int | None]:
    if not age:
        return None, None
    if "-" in age:
        lo, hi = age.split("-")
        return int(lo), int(hi)
    return int(age), int(age)


def pairwise_scores(truth: dict[Any, Any], predicted: dict[Any, Any]) -> tuple[float, float, float]:
    """Precision, recall, F1 over record pairs implied by two clusterings (id -> cluster)."""
    from collections import Counter

    def pairs(c: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())

    true_pairs = pairs(Counter(truth.values()))
    pred_pairs = pairs(Counter(predicted[i] for i in truth))
    tp = pairs(Counter((truth[i], predicted[i]) for i in truth))
    precision = tp / pred_pairs if pred_pairs else 1.0
    recall = tp / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
