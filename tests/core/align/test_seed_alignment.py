"""The seed: 14 paragraph pairs, no watermark left, sentences as the gold standard says."""

from __future__ import annotations

import json
from pathlib import Path

from duiyi.align.lengths import estimate_ratio
from duiyi.align.sentalign import align_sentences
from duiyi.align.sentences import split_sentences
from duiyi.document import AlignedDocument, SourceText
from duiyi.pipeline import align_source

GOLD = Path(__file__).resolve().parents[2] / "data" / "seed_sentence_gold.json"


def _tops(doc: AlignedDocument) -> list[int]:
    return [i for i, p in enumerate(doc.pairs) if p.kind != "sentence"]


def test_seed_gives_fourteen_pairs_two_of_them_headings(seed_source: SourceText) -> None:
    doc = align_source(seed_source)
    tops = [doc.pairs[i] for i in _tops(doc)]
    assert len(tops) == 14
    assert [p.kind for p in tops].count("heading") == 2
    assert [p.kind for p in tops].count("paragraph") == 12
    assert (tops[0].zh, tops[0].en) == ("三、实践路径", "Path to Realization")
    assert (tops[6].zh, tops[6].en) == ("四、治理架构", "Governance Framework")
    assert all(p.zh and p.en for p in tops)
    assert doc.layout == "paragraph-interleaved"


def test_no_trace_of_the_watermark_anywhere(seed_source: SourceText) -> None:
    doc = align_source(seed_source)
    for pair in doc.pairs:
        for text in (pair.zh, pair.en):
            assert "文章源自" not in text
            assert "en84" not in text
            assert "http" not in text
    (removal,) = doc.removed
    assert removal.count == 10
    assert removal.examples == ("文章源自英文巴士-https://www.en84.com/8034.html",)


def test_paragraphs_keep_their_numbering_and_every_character(seed_source: SourceText) -> None:
    doc = align_source(seed_source)
    tops = [doc.pairs[i] for i in _tops(doc)]
    assert tops[1].zh.startswith("1.加快全球网络基础设施建设")
    assert tops[1].zh.endswith("促进网络知识产权保护。")
    assert tops[1].en.endswith("intellectual property protection in cyberspace.")
    # Sentences put back together give the paragraph (Chinese without separators).
    for index in _tops(doc):
        sentences = [p for p in doc.pairs if p.parent == index]
        assert sentences, "every heading and paragraph has sentence pairs"
        assert "".join(p.zh for p in sentences) == doc.pairs[index].zh
        assert " ".join(p.en for p in sentences if p.en) == doc.pairs[index].en


def test_pairs_are_in_document_order_with_sentences_after_their_parent(
    seed_source: SourceText,
) -> None:
    doc = align_source(seed_source)
    current = None
    for index, pair in enumerate(doc.pairs):
        if pair.kind == "sentence":
            assert pair.parent == current
        else:
            assert pair.parent is None
            current = index
        assert 0.0 <= pair.score <= 1.0


def test_sentence_alignment_matches_the_gold_standard(seed_source: SourceText) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    doc = align_source(seed_source)
    tops = [doc.pairs[i] for i in _tops(doc)]
    assert len(tops) == len(gold["pairs"])
    ratio = estimate_ratio([p.zh for p in tops], [p.en for p in tops])
    correct = total = 0
    for pair, counts, beads in zip(tops, gold["sentence_counts"], gold["pairs"], strict=True):
        zh = split_sentences(pair.zh, "zh")
        en = split_sentences(pair.en, "en")
        assert [len(zh), len(en)] == counts
        found = {(b.zh_indices, b.en_indices) for b in align_sentences(zh, en, ratio)}
        expected = {(tuple(z), tuple(e)) for z, e in beads}
        correct += len(found & expected)
        total += len(expected)
    assert correct == total, f"{correct}/{total} gold beads found"


def test_stored_sentence_pairs_follow_the_gold_standard(seed_source: SourceText) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    doc = align_source(seed_source)
    for n, index in enumerate(_tops(doc)):
        top = doc.pairs[index]
        zh = split_sentences(top.zh, "zh")
        en = split_sentences(top.en, "en")
        expected = [
            ("".join(zh[i] for i in z), " ".join(en[i] for i in e)) for z, e in gold["pairs"][n]
        ]
        if top.kind == "heading":
            expected = [(top.zh, top.en)]
        found = [(p.zh, p.en) for p in doc.pairs if p.parent == index]
        assert found == expected
