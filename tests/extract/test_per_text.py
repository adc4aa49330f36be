"""lexicon.per_text: one text's answers remembered per thread, so that threads do not mix documents."""

from __future__ import annotations

import threading
from datetime import date

from gawahi.extract.base import Document
from gawahi.extract.english import EnglishRulesExtractor
from gawahi.extract.lexicon import per_text

TEXTS = [
    "QUETTA: Gunmen shot dead four Hazara traders on Western Bypass on Sunday, police said.",
    "PESHAWAR: A bomb exploded outside a church in Yousafabad on Friday, injuring two people.",
    "KARACHI: Police arrested three suspects in Orangi Town on Tuesday over the killing of a cleric.",
]


def test_per_text_answers_once_per_text_and_again_for_another():
    calls: list[str] = []

    @per_text
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    a, b = "one text", "another text"
    assert [length(a), length(a), length(b), length(a)] == [8, 8, 12, 8]
    assert calls == [a, b, a]


def test_threads_extracting_at_once_each_read_their_own_document():
    ex = EnglishRulesExtractor()
    docs = [Document(str(i), t, date(2020, 1, 10)) for i, t in enumerate(TEXTS)]
    alone = [[c.model_dump() for c in ex.extract(d)] for d in docs]
    results: dict[int, list[list[dict]]] = {}

    def work(k: int) -> None:
        out = []
        for _ in range(200):  # interleave with the other threads as much as the interpreter lets
            out.append([c.model_dump() for c in ex.extract(docs[k])])
        results[k] = out

    threads = [threading.Thread(target=work, args=(k,)) for k in range(len(docs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(len(docs)):
        assert all(r == alone[k] for r in results[k]), TEXTS[k]
