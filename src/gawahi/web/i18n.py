"""Translation: every UI string goes through `_()`; catalogues are gettext .po files under
web/locales/<lang>/LC_MESSAGES/messages.po (read with Babel, no compile step).

English is the source language. Urdu (`ur`) is a stub catalogue for now; its pages are laid
out right-to-left (`dir="rtl"`). Extract new strings with
`pybabel extract -F babel.cfg -o messages.pot src/gawahi/web`.
"""

from __future__ import annotations

from contextvars import ContextVar
from functools import cache
from importlib.resources import files

from babel.messages.pofile import read_po

LANGUAGES = {"en": "English", "ur": "اردو"}
RTL = {"ur", "ar", "fa", "ps", "sd"}
DEFAULT = "en"

_current: ContextVar[str] = ContextVar("gawahi_lang", default=DEFAULT)


@cache
def catalogue(lang: str) -> dict[str, str]:
    if lang == DEFAULT:
        return {}
    path = files("gawahi.web") / "locales" / lang / "LC_MESSAGES" / "messages.po"
    try:
        with path.open("rb") as fh:
            cat = read_po(fh, locale=lang)
    except (FileNotFoundError, OSError):
        return {}
    return {str(m.id): str(m.string) for m in cat if m.id and isinstance(m.string, str) and m.string}


def set_language(lang: str) -> None:
    _current.set(lang if lang in LANGUAGES else DEFAULT)


def current_language() -> str:
    return _current.get()


def direction(lang: str | None = None) -> str:
    return "rtl" if (lang or _current.get()) in RTL else "ltr"


def gettext(message: str) -> str:
    return catalogue(_current.get()).get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


_ = gettext


def pick_language(query: str | None, cookie: str | None, accept: str | None) -> str:
    for cand in (query, cookie):
        if cand in LANGUAGES:
            return str(cand)
    for part in (accept or "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in LANGUAGES:
            return tag
    return DEFAULT
