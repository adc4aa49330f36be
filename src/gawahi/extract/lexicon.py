"""Phrase matching over packaged data: token n-gram lookup in dicts, tables loaded once.

Text is split into alphanumeric tokens once; a phrase is a tuple of lower-cased tokens, looked up
longest-first at each token (an Aho-Corasick-like scan with a dict per first token). This is
an order of magnitude faster than one big regex alternation in Python's `re`, and treats
"D.I. Khan", "D I Khan" and "D. I. Khan" alike.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import wraps
from itertools import accumulate, islice
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T")
R = TypeVar("R")

class _Slots(threading.local):
    def __init__(self) -> None:  # runs once in each thread that uses it
        self.slots: dict[object, tuple[str, object]] = {}


_LOCAL = _Slots()


def per_text(fn: Callable[[str], R]) -> Callable[[str], R]:
    """Remember `fn`'s answer for the last text it was asked about (by identity), per thread:
    extraction asks the same question of one document for every sentence and mention, and two
    threads extracting at once must not see each other's document."""
    key = object()  # one slot for each remembered callable (each matcher's bound method too)

    @wraps(fn)
    def remembered(text: str) -> R:
        slots = _LOCAL.slots
        hit = slots.get(key)
        if hit is not None and hit[0] is text:
            return cast(R, hit[1])
        value = fn(text)
        slots[key] = (text, value)
        return value

    return remembered

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+")
_GAP = re.compile(r"[\s\-.'’]*")


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    start: int
    end: int
    text: str
    payloads: tuple[T, ...]


Token = tuple[int, int, str]  # start, end, lower-cased text (the original is text[start:end])
_SPLIT = re.compile(r"([a-z0-9\u00C0-\u024F]+)")


class DocTokens:
    """One text's tokens with an index from word to positions, built once per document with
    C-level primitives (split, accumulate, zip): every stage then looks words up instead of
    scanning the text again."""

    __slots__ = ("text", "toks", "starts", "ends", "words", "index", "digits", "_pos_cache", "_keys")

    def __init__(self, text: str) -> None:
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        parts = _SPLIT.split(low)
        offs = [0, *accumulate(map(len, parts))]
        words = parts[1::2]
        self.text = text
        self.starts = offs[1:-1:2]
        self.ends = offs[2::2]
        self.words = words  # the lower-cased words alone, for C-level slicing into sets
        self.toks: list[Token] = list(zip(self.starts, self.ends, words, strict=True))
        index: dict[str, list[int]] = {}
        get = index.get
        for i, w in enumerate(words):
            at = get(w)
            if at is None:
                index[w] = [i]  # no throwaway list per token, unlike setdefault
            else:
                at.append(i)
        self.index = index
        self.digits = sorted(i for w, ix in index.items() if w[0].isdigit() for i in ix)
        self._pos_cache: dict[tuple[int, bool], list[int]] = {}
        self._keys: set[str] | None = None  # the index's words as a set, on first need

    def positions(self, vocab: AbstractSet[str], digits: bool = False) -> list[int]:
        """Sorted token indices whose word is in `vocab` (and numbers, when asked); cached per
        vocabulary, since each sentence of the document asks again."""
        key = (id(vocab), digits)
        got = self._pos_cache.get(key)
        if got is None:
            index = self.index
            if self._keys is None:
                self._keys = set(index)
            # The words of both, by set intersection: C walks the smaller side (a brief's few
            # words, or a long text's many against a short list). Order does not matter: sorted below.
            got = [i for w in self._keys.intersection(vocab) for i in index[w]]
            if digits:
                got += self.digits
            got.sort()
            self._pos_cache[key] = got
        return got

    def span(self, start: int, end: int) -> tuple[int, int]:
        return bisect_left(self.starts, start), bisect_left(self.starts, end)


# Characters that Python's case-insensitive matching equates with an ASCII letter (dotless and
# dotted i, long s, Kelvin sign) while lower-casing leaves them apart, and the two token
# characters that are not regex word characters (× and ÷, so that \b falls inside a word): a
# text holding one can match a pattern where its words say it cannot, so word-based shortcuts
# step aside for it.
_LOOKALIKES = ("\u0131", "\u0130", "\u017f", "\u212a", "\u00d7", "\u00f7")


# The word-based shortcuts (here and in dates, localities, places, story, english and counts)
# are on; a test turns them off to check that the extractor's outputs do not change, since each
# relies on what its pattern's words are (keep a pattern's *_FIRST/_NEXT words in step with it).
SHORTCUTS = True


def plain_case(text: str) -> bool:
    """True when no such character occurs (and shortcuts are on): the text's words then decide
    what patterns match."""
    return SHORTCUTS and not any(c in text for c in _LOOKALIKES)


@per_text
def doc_tokens(text: str) -> DocTokens:
    return DocTokens(text)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end]; the whole text is tokenised once and sliced afterwards,
    since every stage asks again for the sentence or passage it is reading."""
    d = doc_tokens(text)
    i, j = d.span(start, len(text) if end is None else end)
    out = d.toks[i:j]
    if out and out[-1][1] > (len(text) if end is None else end):
        out = out[:-1]
    return out


def words_in(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The lower-cased words of text[start:end], as a set: `{t[2] for t in tokens(...)}`, but
    sliced from the document's word list in C (every sentence asks, for its cheap gates)."""
    d = doc_tokens(text)
    end = len(text) if end is None else end
    i, j = d.span(start, end)
    if j > i and d.ends[j - 1] > end:
        j -= 1
    return set(d.words[i:j])


def has_word(text: str, start: int, end: int, vocab: frozenset[str]) -> bool:
    """Does some word of `vocab` begin in text[start:end]? A bisection in the document's cached
    positions of `vocab`, however long the stretch."""
    d = doc_tokens(text)
    hits = d.positions(vocab)
    lo, hi = d.span(start, end)
    k = bisect_left(hits, lo)
    return k < len(hits) and hits[k] < hi


def search_at(rx: re.Pattern[str], text: str, start: int, end: int,
              first: frozenset[str]) -> re.Match[str] | None:
    """`rx.search(text, start, end)` for a pattern whose every match opens with `\b` and a word
    of `first` followed by a non-word character: tried only at those words (`match_at`), not at
    every character; a text with lookalike characters (see plain_case) is searched in full."""
    if not plain_case(text):
        return rx.search(text, start, end)
    return next(match_at(rx, text, start, end, first), None)


def finditer_at(rx: re.Pattern[str], text: str, start: int, end: int,
                first: frozenset[str]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text, start, end)` under the same condition as `search_at`: every match
    opens with a word of `first`, so it is tried at those words only."""
    if not plain_case(text):
        return rx.finditer(text, start, end)
    return match_at(rx, text, start, end, first)


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in _TOKEN.findall(phrase))


class _Node:
    """A phrase prefix in PhraseMatcher's trie: the words that may follow it, the lower-cased
    table's payloads for it as a whole phrase, whether a case-sensitive phrase lowers to it, and
    whether its data spelling starts lower-case."""

    __slots__ = ("next", "payloads", "exact", "lower_ok")

    def __init__(self, payloads: list[Any] | None, exact: bool, lower_ok: bool) -> None:
        self.next: dict[str, _Node] = {}
        self.payloads = payloads
        self.exact = exact
        self.lower_ok = lower_ok


class PhraseMatcher(Generic[T]):
    """Find known phrases in text, leftmost-longest, non-overlapping. Case-insensitive phrases
    and case-sensitive ones (acronyms such as "IS", "LeJ") are kept in separate tables."""

    def __init__(
        self,
        phrases: Iterable[tuple[str, T]],
        exact_case: Iterable[tuple[str, T]] = (),
        require_capital: bool = False,
    ) -> None:
        self._table: dict[tuple[str, ...], list[T]] = {}
        self._exact: dict[tuple[str, ...], list[T]] = {}
        self._lengths: dict[str, set[int]] = {}
        self._maxlen: dict[str, tuple[int, ...]] = {}
        self._lower_ok: set[tuple[str, ...]] = set()  # data spelling starts lower-case
        for phrase, payload in phrases:
            key = _key(phrase)
            if not key:
                continue
            lst = self._table.setdefault(key, [])
            if payload not in lst:
                lst.append(payload)
            if phrase[0].islower():
                self._lower_ok.add(key)
            self._lengths.setdefault(key[0], set()).add(len(key))
        for phrase, payload in exact_case:
            key = tuple(_TOKEN.findall(phrase))
            if not key:
                continue
            self._exact.setdefault(key, []).append(payload)
            self._lengths.setdefault(key[0].lower(), set()).add(len(key))
        # Phrase lengths to try at each first token, longest first.
        self._maxlen = {k: tuple(sorted(v, reverse=True)) for k, v in self._lengths.items()}
        self._firsts = frozenset(self._maxlen)
        # Lower-cased keys of the case-sensitive table: its exact key is only built for these.
        self._exact_lower = frozenset(tuple(w.lower() for w in k) for k in self._exact)
        self._prefixes: set[tuple[str, ...]] = set()
        for key in [*self._table, *(tuple(w.lower() for w in k) for k in self._exact)]:
            self._prefixes.update(key[:m] for m in range(1, len(key) + 1))
        self._require_capital = require_capital
        # The same keys as a trie of words, which _scan walks: one dict lookup per word instead
        # of building a tuple and hashing it against three tables at every step.
        nodes = {key: _Node(self._table.get(key), key in self._exact_lower, key in self._lower_ok)
                 for key in self._prefixes}
        self._trie: dict[str, _Node] = {}
        for key, node in nodes.items():
            (nodes[key[:-1]].next if len(key) > 1 else self._trie)[key[-1]] = node
        self._matches = per_text(self._all_matches)  # per thread, as the module's other answers

    def known_keys(self) -> set[tuple[str, ...]]:
        """Every phrase this matcher knows, as lower-cased token tuples."""
        return set(self._table) | set(self._exact_lower)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Matches within text[start:end]. The whole text is scanned once and remembered,
        because extraction asks for every sentence and passage of the same document in turn."""
        matches, starts = self._matches(text)
        end = len(text) if end is None else end
        i = bisect_left(starts, start)
        for m in islice(matches, i, None):
            if m.start >= end:
                break
            if m.end <= end:
                yield m

    def _all_matches(self, text: str) -> tuple[list[Match[T]], list[int]]:
        matches = list(self._scan(text, doc_tokens(text)))
        return matches, [m.start for m in matches]

    def _scan(self, text: str, doc: DocTokens) -> Iterator[Match[T]]:
        trie = self._trie
        # The parallel lists rather than the token tuples: no tuple unpacking in the inner loop.
        starts, ends, words = doc.starts, doc.ends, doc.words
        n = len(words)
        nxt = 0
        # Only tokens that begin some phrase are worth a look: found through the word index.
        for i in doc.positions(self._firsts):
            if i < nxt:
                continue
            # Grow the phrase one token at a time while it is still the prefix of some phrase,
            # remembering the longest complete match (leftmost-longest).
            hit: tuple[int, list[T]] | None = None
            level = trie
            j = i
            while j < n:
                node = level.get(words[j])
                # Either failure ends the phrase: the cheap prefix test goes before the gap's.
                if node is None:
                    break
                if j > i:
                    g0, g1 = ends[j - 1], starts[j]
                    # a single space is the common gap; anything else goes through the pattern
                    if not (g1 - g0 == 1 and text[g0] == " ") and _GAP.fullmatch(text, g0, g1) is None:
                        break
                j += 1
                level = node.next
                if node.exact:
                    ex = self._exact.get((text[starts[i]:ends[i]],) if j - i == 1  # most are one word ("IS")
                                         else tuple(text[starts[x]:ends[x]] for x in range(i, j)))
                    if ex:
                        hit = (j - i, ex)
                        continue
                pl = node.payloads
                if pl:
                    first = text[starts[i]]
                    if (self._require_capital and not first.isupper() and not first.isdigit()
                            and not node.lower_ok):
                        continue
                    hit = (j - i, pl)
            if hit:
                k, pl = hit
                s, e = starts[i], ends[i + k - 1]
                yield Match(s, e, text[s:e], tuple(pl))
                nxt = i + k


def match_at(rx: re.Pattern[str], text: str, start: int, end: int, first: frozenset[str],
             digits: bool = False, cands: list[int] | None = None) -> Iterator[re.Match[str]]:
    """Like `rx.finditer` over text[start:end], but only tried at tokens that can begin a match
    (a word in `first`, or any number when `digits`): anchored `match` calls at a few places
    instead of a scan of every character, which is what makes wide alternations cheap.
    `cands`, when given, are those token indices already narrowed by the caller (sorted), say
    to the ones followed by the word the pattern needs next."""
    d = doc_tokens(text)
    lo, hi = d.span(start, end)
    pos = -1
    if cands is None:
        cands = d.positions(first, digits)
    starts = d.starts
    for i in islice(cands, bisect_left(cands, lo), None):
        if i >= hi:
            break
        s = starts[i]
        if s < pos:
            continue
        m = rx.match(text, s, end)
        if m:
            pos = m.end()
            yield m
