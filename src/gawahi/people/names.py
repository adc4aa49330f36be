"""South-Asian personal names: parsing, normalisation and a script-independent matching key.

Pure functions, no I/O; everything is cached per token so that millions of names are cheap.

* `parse_name("Syed Ali Raza s/o Syed Hasan Abbas")` splits the person's own name from a
  father's (or husband's) name ("son of", "s/o", "S/O", "bin", "ibn", "d/o", "w/o", "walad",
  Urdu "ولد", "بن", "بنت", "زوجہ") and strips honorifics (Mr, Haji, Maulana, Dr, Agha, Mir,
  Shaheed, Mst ...). "Syed" (and Sayyid, Sayed ...) is both a title and, in many lists, part of
  the name: it is kept in what is displayed but left out of the key, so that "Syed Ali Raza"
  and "Ali Raza" share one.
* `name_key(...)` maps every token to a canonical Latin spelling when it is a known name in
  either script (Hussain/Husain/Hosain/Hussein/حسین -> "hussain"; Mohd/Muhammed/محمد ->
  "muhammad"), and otherwise to a consonant skeleton computed the same way for Urdu letters
  and Latin spellings (ح/ہ/ھ -> h, ق/ک -> k, س/ص/ث -> s, ز/ذ/ض/ظ -> z, short vowels dropped,
  semivowels kept only word-initially), so that "سید علی رضا" and "Syed Ali Raza" share a key.
* `normalised_name(...)` is the Latin string used for string-similarity comparisons.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# --------------------------------------------------------------------------------------------
# Known names: canonical Latin spelling -> (Latin variants, Urdu spellings).
# Written for this project from common Pakistani Muslim, Christian and Hindu names.
# --------------------------------------------------------------------------------------------
_KNOWN: dict[str, tuple[str, str]] = {
    "muhammad": ("mohammad mohammed muhammed mohamed mohamad muhamad mohd muhd md m mohmmad mohammod muhammd mahomed", "محمد"),
    "ali": ("aly alee aali", "علی"),
    "hussain": ("husain hosain hussein husein hossain husayn hussayn hussian hussin husen", "حسین"),
    "hasan": ("hassan hasen hassen hason", "حسن"),
    "hasnain": ("husnain hussnain hassnain hasnen", "حسنین"),
    "abbas": ("abas abbass abbaas", "عباس"),
    "raza": ("rida reza riza rizaa razaa", "رضا"),
    "rizvi": ("rizwi rizavi razvi rezvi", "رضوی"),
    "haider": ("hyder haidar hayder heider haidder", "حیدر"),
    "naqvi": ("naqavi nakvi naqwi", "نقوی"),
    "zaidi": ("zaydi zaidy", "زیدی"),
    "jafri": ("jafry jaffri jafari jaffery jafferi jaffry jafary", "جعفری"),
    "kazmi": ("kazimi kazmy kazemi", "کاظمی"),
    "abidi": ("abdi aabidi", "عابدی"),
    "jawad": ("jawwad", "جواد"),
    "javed": ("javaid jawed javid", "جاوید"),
    "mehdi": ("mahdi mehdee mehndi", "مہدی"),
    "qasim": ("kasim qaasim qasem qassim", "قاسم"),
    "kazim": ("kazem qazim kazam", "کاظم"),
    "jafar": ("jaffar jafer jaafar jaffer", "جعفر"),
    "baqir": ("baqar bakir baqer baaqir", "باقر"),
    "taqi": ("taki taqee", "تقی"),
    "naqi": ("naqee", "نقی"),
    "askari": ("askri askary", "عسکری"),
    "zaheer": ("zahir zaheer zahier", "ظہیر"),
    "zahid": ("zahed zaahid", "زاہد"),
    "shahid": ("shahed shaahid", "شاہد"),
    "imran": ("imraan emran", "عمران"),
    "irfan": ("irfaan erfan", "عرفان"),
    "asif": ("aasif asef", "آصف"),
    "arif": ("aarif aref", "عارف"),
    "nadeem": ("nadim nadeim", "ندیم"),
    "naveed": ("navid naved naweed", "نوید"),
    "waheed": ("wahid waheid", "وحید"),
    "sajid": ("saajid sajed", "ساجد"),
    "khalid": ("khaled khaalid", "خالد"),
    "tariq": ("tarik tareq tareeq", "طارق"),
    "tahir": ("taahir taher", "طاہر"),
    "aamir": ("amir aamer amer", "عامر"),
    "umar": ("omar umer omer", "عمر"),
    "usman": ("osman othman usmaan uthman", "عثمان"),
    "yousaf": ("yusuf yousuf yusaf yousef yosuf yousif", "یوسف"),
    "ibrahim": ("ebrahim ibraheem ibraheim", "ابراہیم"),
    "ismail": ("ismael esmail ismaeel ismaiel", "اسماعیل"),
    "ahmed": ("ahmad ahmet ahamad", "احمد"),
    "mehmood": ("mahmood mahmud mehmud mahmod mehmod", "محمود"),
    "mustafa": ("mustapha mostafa mustafaa", "مصطفی"),
    "murtaza": ("murtuza murtaja murtadha murtada murtazaa", "مرتضی"),
    "mujtaba": ("mojtaba mujtuba", "مجتبی"),
    "sajjad": ("sajad sajjaad", "سجاد"),
    "zafar": ("zaffar zafer", "ظفر"),
    "akbar": ("akber", "اکبر"),
    "asghar": ("asgher asgar asghir", "اصغر"),
    "anwar": ("anwer anver", "انور"),
    "iqbal": ("ikbal iqbaal", "اقبال"),
    "ghulam": ("gulam golam gholam", "غلام"),
    "nisar": ("nissar nisaar", "نثار"),
    "mumtaz": ("mumtaaz momtaz", "ممتاز"),
    "riaz": ("riyaz riyaaz riaaz", "ریاض"),
    "fayyaz": ("fayaz faiyaz fiaz", "فیاض"),
    "ijaz": ("ejaz aijaz ijaaz eijaz", "اعجاز"),
    "aziz": ("azeez azeiz", "عزیز"),
    "rehman": ("rahman rehmaan rahmaan rahaman", "رحمان رحمن"),
    "abdul": ("abd abdel abdal abdoul", "عبد عبدال"),
    "khan": ("khaan kahn", "خان"),
    "shah": ("shaah", "شاہ"),
    "sheikh": ("shaikh shaykh sheik shiekh", "شیخ"),
    "qureshi": ("qureishi kureshi quraishi qurashi", "قریشی"),
    "baloch": ("balouch baluch balooch", "بلوچ"),
    "hazara": ("hazarah", "ہزارہ"),
    "changezi": ("changazi changizi", "چنگیزی"),
    "turi": ("toori tori", "طوری"),
    "bangash": ("bangush", "بنگش"),
    "masih": ("maseeh masee", "مسیح"),
    "pervaiz": ("parvez pervez parvaiz perwaiz", "پرویز"),
    "shahbaz": ("shehbaz shahbaaz", "شہباز"),
    "bhatti": ("bhati", "بھٹی"),
    "fatima": ("fatimah fatma fatema faatima", "فاطمہ"),
    "zainab": ("zenab zaynab zeinab", "زینب"),
    "sakina": ("sakeena sakinah sakena", "سکینہ"),
    "kulsoom": ("kulsum kalsoom kulsoum", "کلثوم"),
    "ruqayya": ("ruqaiya rukhaya ruqayyah ruqaya", "رقیہ"),
    "nargis": ("nargus narges", "نرگس"),
    "rubina": ("robina rubeena", "روبینہ"),
    "nasreen": ("nasrin nasreenn", "نسرین"),
    "parveen": ("perveen parvin parween", "پروین"),
    "bano": ("banu baano", "بانو"),
    "zulfiqar": ("zulfikar zulfeqar zulfaqar", "ذوالفقار"),
    "nawaz": ("nawaaz nawas", "نواز"),
    "sarfraz": ("sarfaraz sarfraaz", "سرفراز"),
    "shahzad": ("shehzad shahzaad", "شہزاد"),
    "faisal": ("faysal faizal faisel", "فیصل"),
    "adil": ("aadil adeel", "عادل"),
    "salman": ("salmaan", "سلمان"),
    "rashid": ("rasheed rashed", "راشد رشید"),
    "saleem": ("salim saleim", "سلیم"),
    "naseem": ("nasim", "نسیم"),
    "waseem": ("wasim wasseem", "وسیم"),
    "kamran": ("kamraan", "کامران"),
    "kashif": ("kashef", "کاشف"),
    "hamid": ("haamid hamed", "حامد"),
    "hameed": ("hamied", "حمید"),
    "majid": ("maajid majed", "ماجد"),
    "majeed": ("majied", "مجید"),
    "shakeel": ("shakil", "شکیل"),
    "jameel": ("jamil", "جمیل"),
    "nasir": ("naasir naser", "ناصر"),
    "naseer": ("nasier", "نصیر"),
    "mazhar": ("mazher", "مظہر"),
    "muzaffar": ("muzafar mozaffar", "مظفر"),
    "abid": ("aabid abed", "عابد"),
    "zeeshan": ("zishan zeshan", "ذیشان"),
    "turab": ("turaab", "تراب"),
    "allah": ("ullah ulla", "اللہ"),
    "din": ("deen", "دین"),
    "noor": ("nur noorr", "نور"),
}

# Titles dropped from the key. "syed"-like tokens are dropped anywhere; the others only when
# something else remains.
_LINEAGE = {"syed", "sayed", "sayyed", "sayyid", "seyyed", "sayyad", "saiyid", "saiyed", "sied",
            "syyed", "sayd", "سید", "سیّد"}
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "doctor", "prof", "professor", "engr", "haji", "hajji",
    "alhaj", "alhajj", "hajj", "maulana", "molana", "moulana", "mowlana", "maulvi", "molvi",
    "moulvi", "mufti", "allama", "allamah", "agha", "aga", "aqa", "mir", "shaheed", "shaheeda",
    "late", "marhoom", "marhum", "mst", "mussammat", "musammat", "mst.", "janab",
    "sahib", "sahab", "saheb", "ch", "chaudhry", "chaudhary", "chaudhri", "chohdry", "hafiz",
    "qari", "ustad", "ustaad", "pir", "sardar", "karbalai", "zakir", "begum", "bibi", "sb",
    "mohtarma", "mohtaram", "master", "rev", "reverend", "father", "pastor", "sister",
    # Urdu
    "جناب", "مولانا", "مولوی", "حاجی", "الحاج", "ڈاکٹر", "آغا", "اغا", "میر", "شہید", "مرحوم",
    "مسمات", "علامہ", "مفتی", "پروفیسر", "چوہدری", "حافظ", "قاری", "استاد", "پیر", "سردار",
    "کربلائی", "ذاکر", "بیگم", "بی", "صاحب", "محترمہ", "محترم",
}
# Particles joining compound names: "Zia-ul-Haq", "Nizam ud Din", "Abd al Rahman".
_PARTICLES = {"ul", "ud", "ur", "us", "uz", "al", "el", "un", "ut", "ush", "ad", "as", "ar", "az"}

# Relation markers introducing a father's or husband's name.
_REL_PATTERNS: list[tuple[str, str]] = [
    (r"s\s*/\s*o|s\.\s*o\.?|son\s+of|slo", "son_of"),
    (r"d\s*/\s*o|d\.\s*o\.?|daughter\s+of|dlo", "daughter_of"),
    (r"w\s*/\s*o|w\.\s*o\.?|wife\s+of|widow\s+of|wlo", "wife_of"),
    (r"c\s*/\s*o|child\s+of", "child_of"),
    (r"bin|ibn|ibne|walad|wald|wld|valad", "son_of"),
    (r"binte?|bint", "daughter_of"),
]
_REL_RE = re.compile(
    r"(?:^|(?<=[\s,;(]))(" + "|".join(f"(?:{p})" for p, _ in _REL_PATTERNS) + r")(?=[\s,.:;-]|$)",
    re.IGNORECASE,
)
_REL_URDU = {"ولد": "son_of", "بن": "son_of", "ابن": "son_of", "پسر": "son_of",
             "بنت": "daughter_of", "دختر": "daughter_of", "زوجہ": "wife_of", "زوجه": "wife_of"}
# "r/o" (resident of) ends the name part: "Ali s/o Hasan r/o Parachinar".
_RESIDENT_RE = re.compile(r"(?:^|\s)(?:r\s*/\s*o|r\.\s*o\.?|resident\s+of|ساکن)(?=[\s,.:;]|$)", re.I)

# --------------------------------------------------------------------------------------------
# Urdu script
# --------------------------------------------------------------------------------------------
_URDU_FOLD = str.maketrans({
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0626": "\u06cc",  # ي ى ئ -> ی
    "\u0643": "\u06a9",  # ك -> ک
    "\u0647": "\u06c1", "\u0629": "\u06c1", "\u06c0": "\u06c1",  # ه ة ۀ -> ہ
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",  # أ إ ٱ -> ا
    "\u0624": "\u0648",  # ؤ -> و
    "\u06d2": "\u06cc", "\u06d3": "\u06cc",  # ے ۓ -> ی (same sound class)
})
_URDU_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u200c\u200d\u06d4]")  # harakat, tatweel, ZWNJ

# Urdu letter -> phonetic class ("" = vowel carrier, dropped). Classes: single Latin letters;
# x = sh, c = ch.
_URDU_CLASS: dict[str, str] = {}
for _letters, _cls in [
    ("ب", "b"), ("پ", "p"), ("تطٹ", "t"), ("ثسص", "s"), ("ج", "j"), ("چ", "c"),
    ("حہھ", "h"), ("خ", "k"), ("دڈ", "d"), ("ذزضظژ", "z"), ("رڑ", "r"), ("ش", "x"),
    ("غگ", "g"), ("ف", "f"), ("قک", "k"), ("ل", "l"), ("م", "m"), ("نں", "n"), ("و", "w"),
    ("ی", "y"), ("اآعء", ""),
]:
    for _ch in _letters:
        _URDU_CLASS[_ch] = _cls

_LATIN_DIGRAPHS = [("sh", "x"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"),
                   ("ph", "f"), ("bh", "b"), ("jh", "j"), ("zh", "z"), ("ck", "k")]
_LATIN_CLASS = {"q": "k", "c": "k", "v": "w", "x": "ks", "a": "", "e": "", "i": "", "o": "",
                "u": ""}
_ASPIRABLE = set("bpt djckgr")


_ARABIC_RE = re.compile("[\u0600-\u06ff\ufb50-\ufefc]")


def is_urdu(text: str) -> bool:
    return _ARABIC_RE.search(text) is not None


def fold_urdu(text: str) -> str:
    """Unify Arabic/Urdu letter forms and drop diacritics and joiners."""
    return _URDU_DROP.sub("", unicodedata.normalize("NFKC", text).translate(_URDU_FOLD))


def _squeeze(classes: list[str]) -> str:
    # Semivowels (w, y) count only at the start of a word; the final h of a word is a vowel
    # in both scripts (Fatimah, فاطمہ); doubled classes collapse (Hussain, Abbas).
    out: list[str] = []
    n = len(classes)
    for i, c in enumerate(classes):
        if not c:
            continue
        if c in ("w", "y") and i != 0:
            continue
        if c == "h" and i == n - 1 and i != 0:
            continue
        if out and out[-1] == c:
            continue
        out.append(c)
    return "".join(out)


@lru_cache(maxsize=200_000)
def urdu_skeleton(token: str) -> str:
    """Consonant skeleton of one Urdu-script word."""
    classes: list[str] = []
    prev = ""
    for ch in fold_urdu(token):
        if ch == "ھ" and prev in _ASPIRABLE:
            continue  # do-chashmi he marks aspiration: بھ = bh -> b
        cls = _URDU_CLASS.get(ch)
        if cls is None:
            continue
        classes.append(cls)
        prev = cls
    return _squeeze(classes)


@lru_cache(maxsize=200_000)
def latin_skeleton(token: str) -> str:
    """Consonant skeleton of one (already lower-cased, ASCII) Latin word."""
    classes: list[str] = []
    i = 0
    n = len(token)
    while i < n:
        pair = token[i : i + 2]
        for dg, cls in _LATIN_DIGRAPHS:
            if pair == dg:
                classes.append(cls)
                i += 2
                break
        else:
            ch = token[i]
            if ch in ("w", "y", "v") and i == 0:
                classes.append("y" if ch == "y" else "w")
            elif ch in ("w", "y", "v"):
                classes.append("")
            elif ch == "h" and i == n - 1 and i != 0:
                classes.append("")
            elif ch.isalpha():
                classes.append(_LATIN_CLASS.get(ch, ch))
            i += 1
    # A word-initial vowel (Ali, Umar) leaves its first class empty; keep positions so that
    # a semivowel right after it (Owais) is not mistaken for an initial one.
    return _squeeze(classes)


# --------------------------------------------------------------------------------------------
# Token normalisation and canonical names
# --------------------------------------------------------------------------------------------
def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_LATIN_TOKEN_RE = re.compile(r"[a-z]+")


def _build_index() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    latin: dict[str, str] = {}
    urdu: dict[str, str] = {}
    skel: dict[str, set[str]] = {}
    for canon, (variants, scripts) in _KNOWN.items():
        for v in [canon, *variants.split()]:
            latin[v] = canon
            skel.setdefault(latin_skeleton(v), set()).add(canon)
        for u in scripts.split():
            urdu[fold_urdu(u)] = canon
            skel.setdefault(urdu_skeleton(u), set()).add(canon)
    unique = {k: next(iter(v)) for k, v in skel.items() if len(v) == 1 and len(k) >= 2}
    return latin, urdu, unique


_BY_LATIN, _BY_URDU, _BY_SKELETON = _build_index()


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """Key of one word: canonical spelling when known (either script), else its skeleton."""
    if is_urdu(token):
        folded = fold_urdu(token)
        hit = _BY_URDU.get(folded)
        if hit:
            return hit
        sk = urdu_skeleton(folded)
    else:
        hit = _BY_LATIN.get(token)
        if hit:
            return hit
        sk = latin_skeleton(token)
    return _BY_SKELETON.get(sk, sk)


@lru_cache(maxsize=200_000)
def canonical_token(token: str) -> str:
    """Readable Latin form for string similarity: canonical if known, else the word itself
    (Latin) or its skeleton (Urdu)."""
    key = token_key(token)
    if key in _KNOWN:
        return key
    return key if is_urdu(token) else token


def _split_compounds(tok: str) -> list[str]:
    # "abdulrehman" -> abdul rehman; "nizamuddin" -> nizam din; "rahmatullah" -> rahmat allah
    for pre in ("abdul", "abdur", "abdus", "abduz", "abdul"):
        if tok.startswith(pre) and len(tok) > len(pre) + 2:
            return ["abdul", tok[len(pre):]]
    for suf, rep in (("uddin", "din"), ("uddeen", "din"), ("ullah", "allah"), ("ulla", "allah")):
        if tok.endswith(suf) and len(tok) > len(suf) + 2:
            return [tok[: -len(suf)], rep]
    if tok in ("abdur", "abdus", "abduz"):
        return ["abdul"]
    return [tok]


_APOSTROPHES_RE = re.compile(r"['`’‘ʼ]")
_WORD_SPLIT_RE = re.compile(r"[\s\-_/.,;:()\[\]\"]+")
_NON_URDU_RE = re.compile("[^\u0600-\u06ff]")


@lru_cache(maxsize=200_000)
def _word_tokens(raw: str) -> tuple[str, ...]:
    if is_urdu(raw):
        f = _NON_URDU_RE.sub("", fold_urdu(raw))
        return (f,) if f else ()
    out: list[str] = []
    for part in _LATIN_TOKEN_RE.findall(_ascii_fold(raw).lower()):
        out.extend(_split_compounds(part))
    return tuple(out)


def tokens(text: str) -> list[str]:
    """Normalised words of a name: lower-case ASCII for Latin, folded letters for Urdu."""
    out: list[str] = []
    for raw in _WORD_SPLIT_RE.split(_APOSTROPHES_RE.sub("", text)):
        if raw:
            out.extend(_word_tokens(raw))
    return out


def core_tokens(toks: list[str]) -> tuple[list[str], list[str]]:
    """(name words, honorifics removed). Lineage titles (Syed...) always go; other titles
    only while another word remains; joining particles (ul, ud) go."""
    kept: list[str] = []
    titles: list[str] = []
    for t in toks:
        if t in _LINEAGE:
            titles.append(t)
        elif t in _PARTICLES:
            continue
        else:
            kept.append(t)
    # Leading honorifics (Haji, Maulana, Dr ...) and trailing ones (Sahib, Begum) go while
    # something else remains.
    while len(kept) > 1 and kept[0] in _HONORIFICS:
        titles.append(kept.pop(0))
    while len(kept) > 1 and kept[-1] in _HONORIFICS:
        titles.append(kept.pop())
    return kept, titles


# --------------------------------------------------------------------------------------------
# Whole names
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParsedName:
    original: str
    name: str  # the person's own name as written (relation and father removed), trimmed
    father: str | None  # father's / husband's name as written, when the text gives one
    relation: str | None  # son_of, daughter_of, wife_of, child_of
    honorifics: tuple[str, ...]
    key: str  # script-independent matching key of the person's own name
    normalised: str  # Latin string for similarity comparisons
    father_key: str | None
    father_normalised: str | None


def split_relation(text: str) -> tuple[str, str | None, str | None]:
    """("Ali Raza", "Hasan Abbas", "son_of") from "Ali Raza s/o Hasan Abbas"."""
    t = " ".join(text.split())
    m = _RESIDENT_RE.search(t)
    if m:
        t = t[: m.start()].strip(" ,;")
    m2 = _REL_RE.search(t)
    if m2 and m2.start() > 0:
        marker = m2.group(1).lower().replace(" ", "")
        rel = "son_of"
        for pat, r in _REL_PATTERNS:
            if re.fullmatch(pat, marker, re.IGNORECASE):
                rel = r
                break
        own = t[: m2.start()].strip(" ,;-")
        father = t[m2.end():].strip(" ,;:.-")
        if own and father:
            return own, father, rel
    words = t.split()
    for i, w in enumerate(words):
        rel_u = _REL_URDU.get(fold_urdu(w))
        if rel_u and 0 < i < len(words) - 1:
            return " ".join(words[:i]), " ".join(words[i + 1 :]), rel_u
    return t.strip(" ,;"), None, None


# "Muhammad" prefixes most men's names and is as often dropped or abbreviated ("M. Ali",
# "Ali"): it is left out of the key while another word remains.
_OPTIONAL_KEYS = {"muhammad"}


@lru_cache(maxsize=500_000)
def _analyse(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words of the key, titles removed) of a name; cached: lists repeat names a lot."""
    kept, titles = core_tokens(tokens(text))
    rest = [t for t in kept if token_key(t) not in _OPTIONAL_KEYS]
    return tuple(rest or kept[:1]), tuple(titles)


def _key_tokens(text: str) -> tuple[str, ...]:
    return _analyse(text)[0]


@lru_cache(maxsize=500_000)
def name_key(text: str) -> str:
    """Script-independent key of a name (no relation splitting): "Syed Mohd Ali Raza" ->
    "ali raza"."""
    return " ".join(token_key(t) for t in _key_tokens(text))


@lru_cache(maxsize=500_000)
def normalised_name(text: str) -> str:
    """Latin form for string similarity (same words as the key, readable spellings)."""
    return " ".join(canonical_token(t) for t in _key_tokens(text))


@lru_cache(maxsize=200_000)
def _key_skeleton(k: str) -> str:
    return k if not k or not k.isalpha() else latin_skeleton(k)


@lru_cache(maxsize=500_000)
def skeleton_key(key: str) -> str:
    """A coarser key: the consonant skeleton of each word of a `name_key` (canonical names
    included), so that an unknown spelling still meets a known one (Hossein ~ Hussain)."""
    return " ".join(_key_skeleton(k) for k in key.split())


def first_last_keys(key: str) -> tuple[str | None, str | None]:
    parts = key.split()
    if not parts:
        return None, None
    return parts[0], parts[-1]


@lru_cache(maxsize=500_000)
def parse_name(text: str, father: str | None = None) -> ParsedName:
    """Parse a name as written in a list; an explicit `father` column wins over one in text."""
    original = text or ""
    own, fath, rel = split_relation(original)
    if father and father.strip():
        fath = father.strip()
        rel = rel or "child_of"
    titles = _analyse(own)[1]
    f_key = name_key(fath) if fath else None
    f_norm = normalised_name(fath) if fath else None
    return ParsedName(
        original=original,
        name=own,
        father=fath,
        relation=rel,
        honorifics=tuple(titles),
        key=name_key(own),
        normalised=normalised_name(own),
        father_key=f_key or None,
        father_normalised=f_norm or None,
    )


def same_name(a: str, b: str) -> bool:
    """True when two written names share a key (a convenience for reviewers and tests)."""
    ka, kb = parse_name(a).key, parse_name(b).key
    return bool(ka) and ka == kb
