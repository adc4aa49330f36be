"""The speed shortcuts in extract.lexicon give what the plain regex calls give.

`search_at`/`finditer_at` try a pattern at its first words only, `has_word` bisects cached word
positions, `words_in` slices the word list, and PhraseMatcher walks a trie: each must agree with
the straightforward computation, including on texts with characters that IGNORECASE equates with
ASCII letters (then the shortcuts step aside).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from gawahi.extract import lexicon
from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.extract.lexicon import (
    PhraseMatcher,
    finditer_at,
    has_word,
    plain_case,
    search_at,
    tokens,
    words_in,
)

_RX = re.compile(r"\b(?:claim(?:ed|s)?\s+responsibility|took\s+responsibility|in\s+my\s+view)\b", re.IGNORECASE)
_FIRST = frozenset("claim claimed claims took in".split())

TEXTS = [
    "The TTP claimed responsibility. Police took responsibility for nothing; in my view it was late.",
    "Nobody claimed it. Claims responsibility were made in MY VIEW too.",
    "No such words here at all.",
    "reclaimed responsibility is not a match, nor is claimed_responsibility",
    "The group \u0131n my v\u0131ew cla\u0131med respon\u017fibility",  # dotless i, long s
    "\u00d7claimed responsibility after a times sign",
]


@pytest.mark.parametrize("text", TEXTS)
def test_search_and_finditer_at_agree_with_the_regex(text: str) -> None:
    for start, end in [(0, len(text)), (4, len(text) - 3), (10, 40)]:
        want = _RX.search(text, start, end)
        got = search_at(_RX, text, start, end, _FIRST)
        assert (want and want.span()) == (got and got.span())
        assert [m.span() for m in _RX.finditer(text, start, end)] == \
            [m.span() for m in finditer_at(_RX, text, start, end, _FIRST)]


@pytest.mark.parametrize("text", TEXTS)
def test_words_in_and_has_word(text: str) -> None:
    for start, end in [(0, len(text)), (5, 30), (12, 13)]:
        words = {t[2] for t in tokens(text, start, end)}
        assert words_in(text, start, end) == words
        if plain_case(text):
            assert has_word(text, start, end, _FIRST) == bool(words & _FIRST)


def test_lookalike_characters_turn_the_shortcuts_off() -> None:
    assert not plain_case("cla\u0131med")
    assert not plain_case("a \u00d7 b")
    assert plain_case("claimed \u2019quoted\u2019 \u2013 dashes")


def test_phrase_matcher_trie_is_leftmost_longest_with_case_rules() -> None:
    m: PhraseMatcher[str] = PhraseMatcher(
        [("Dera Ismail Khan", "DIK"), ("Dera", "Dera"), ("Khan", "Khan"), ("Ismail", "Ismail")],
        exact_case=[("IS", "IS"), ("LeJ", "LeJ")], require_capital=True)
    text = "In Dera Ismail Khan, IS and LeJ; is and lej and dera ismail khan."
    got = [(x.text, x.payloads) for x in m.finditer(text)]
    assert got == [("Dera Ismail Khan", ("DIK",)), ("IS", ("IS",)), ("LeJ", ("LeJ",))]
    # a gap other than one space still joins a phrase ("D.I. Khan" style), a comma does not
    assert [x.text for x in m.finditer("Dera  Ismail-Khan")] == ["Dera  Ismail-Khan"]
    assert [x.text for x in m.finditer("Dera, Ismail Khan")] == ["Dera", "Ismail", "Khan"]


_SETS = Path(__file__).resolve().parents[2] / "benchmarks" / "data"


@pytest.mark.parametrize("name", ["heldout_en", "heldout2_en", "heldout3_en", "articles5_en", "mixed7_en"])
def test_outputs_do_not_change_without_the_shortcuts(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each shortcut relies on its pattern's first or next words: if a rule's pattern changes
    and its word list is not kept in step, this is where the outputs part."""
    path = _SETS / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not present")
    ex = EnglishRulesExtractor()
    docs = []
    for line in path.open(encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            docs.append(Document(r["id"], r["text"], date.fromisoformat(r["published"][:10]) if r.get("published") else None))
    fast = [[c.model_dump_json() for c in ex.extract(d)] for d in docs]
    monkeypatch.setattr(lexicon, "SHORTCUTS", False)
    slow = [[c.model_dump_json() for c in ex.extract(Document(d.source, (d.text + " ")[:-1], d.published))] for d in docs]
    assert fast == slow
