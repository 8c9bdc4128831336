"""The "Duiyi term" note type: fixed ids, four card templates and the card style.

The fronts mask the answer inside the context sentence as Duiyi's own reviews do: the
term's highlight (`span.duiyi-term`) is blanked by CSS inside a `.masked` block, and a
masked sentence without a highlighted term is hidden rather than giving the answer away.
"""

from __future__ import annotations

import genanki

from duiyi.anki.fields import CARD_SWITCH_FIELDS, FIELD_NAMES, ON_UNLESS_SWITCHED_OFF
from duiyi.kinds import CardDirection

MODEL_ID = 1_607_392_411_208
"""Fixed forever: Anki recognises the note type of every Duiyi export by it."""
MODEL_NAME = "Duiyi term"

ROOT_DECK_ID = 1_607_392_500_000
"""Anki id of the `Duiyi` parent deck; Duiyi deck n gets ROOT_DECK_ID + n."""


def anki_deck_id(duiyi_id: int | None) -> int:
    """A stable Anki deck id for a Duiyi deck id (None: the `Duiyi` root)."""
    return ROOT_DECK_ID if duiyi_id is None else ROOT_DECK_ID + duiyi_id


CSS = """\
.card {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: center;
  color: #1f2328;
  background-color: #fcfcfa;
  --ctx-size: 18px;
}
.duiyi { max-width: 40em; margin: 0 auto; }
.hanzi { font-size: 56px; line-height: 1.25; margin: 0.3em 0 0.1em; }
.pinyin { font-size: 22px; color: #57606a; }
.english { font-size: 24px; margin: 0.3em 0; }
.duiyi-others { list-style: none; padding: 0; margin: 0.2em 0; font-size: 17px; color: #57606a; }
.context { font-size: var(--ctx-size); text-align: left; margin: 0.6em 0; }
.context.zh { font-size: 22px; }
.duiyi-term { background-color: #fff3b0; border-radius: 3px; padding: 0 2px; font-weight: 600; }
.masked .duiyi-term { font-size: 0; padding: 0; background: none; }
.masked .duiyi-term::after {
  content: "[…]"; font-size: var(--ctx-size); font-weight: 600; color: #0969da;
}
.masked:not(:has(.duiyi-term)) { display: none; }
.source, .notes { font-size: 15px; color: #57606a; margin-top: 0.8em; text-align: left; }
.prompt { font-size: 15px; color: #57606a; }
.nightMode.card, .nightMode .card, .card.nightMode {
  color: #e6edf3;
  background-color: #1c1f24;
}
.nightMode .pinyin, .nightMode .duiyi-others, .nightMode .source, .nightMode .notes,
.nightMode .prompt { color: #9198a1; }
.nightMode .duiyi-term { background-color: #5c4a00; color: #fff6d5; }
.nightMode .masked .duiyi-term { background: none; }
.nightMode .masked .duiyi-term::after { color: #58a6ff; }
"""

_CONTEXT_ZH = '{{#ContextZh}}<div class="context zh">{{ContextZh}}</div>{{/ContextZh}}'
_CONTEXT_EN = '{{#ContextEn}}<div class="context en">{{ContextEn}}</div>{{/ContextEn}}'
_MASKED_ZH = '{{#ContextZh}}<div class="context zh masked">{{ContextZh}}</div>{{/ContextZh}}'
_MASKED_EN = '{{#ContextEn}}<div class="context en masked">{{ContextEn}}</div>{{/ContextEn}}'
_EXTRA = (
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
    '{{#Notes}}<div class="notes">{{Notes}}</div>{{/Notes}}'
)
_HANZI = '<div class="hanzi">{{Chinese}}</div>'
_PINYIN = '{{#Pinyin}}<div class="pinyin">{{Pinyin}}</div>{{/Pinyin}}'
_ENGLISH = '<div class="english">{{English}}</div>'
_ANSWER = '<hr id="answer">'


def _box(kind: str, body: str) -> str:
    return f'<div class="duiyi {kind}">{body}</div>'


def _only_if(direction: CardDirection, front: str) -> str:
    """`front` shown only while the note's switch for `direction` says the card is on: an
    empty front is how Anki knows not to make that card."""
    switch = CARD_SWITCH_FIELDS[direction]
    mark = "^" if direction in ON_UNLESS_SWITCHED_OFF else "#"
    return f"{{{{{mark}{switch}}}}}{front}{{{{/{switch}}}}}"


TEMPLATES = [
    {
        "name": "Recognition",
        "qfmt": _only_if(
            CardDirection.RECOGNITION, _box("recognition", _HANZI + _CONTEXT_ZH + _MASKED_EN)
        ),
        "afmt": _box(
            "recognition",
            _HANZI + _PINYIN + _ANSWER + _ENGLISH + _CONTEXT_ZH + _CONTEXT_EN + _EXTRA,
        ),
    },
    {
        "name": "Production",
        "qfmt": _only_if(
            CardDirection.PRODUCTION,
            "{{#English}}"
            + _box("production", _ENGLISH + _CONTEXT_EN + _MASKED_ZH)
            + "{{/English}}",
        ),
        "afmt": _box(
            "production", _ENGLISH + _ANSWER + _HANZI + _PINYIN + _CONTEXT_ZH + _CONTEXT_EN + _EXTRA
        ),
    },
    {
        "name": "Context (Chinese)",
        "qfmt": _only_if(
            CardDirection.CLOZE_ZH,
            "{{#ContextZh}}{{#ContextEn}}"
            + _box(
                "cloze-zh",
                '<div class="prompt">Fill in the Chinese term</div>' + _MASKED_ZH + _CONTEXT_EN,
            )
            + "{{/ContextEn}}{{/ContextZh}}",
        ),
        "afmt": _box(
            "cloze-zh", _CONTEXT_ZH + _CONTEXT_EN + _ANSWER + _HANZI + _PINYIN + _ENGLISH + _EXTRA
        ),
    },
    {
        "name": "Context (English)",
        "qfmt": _only_if(
            CardDirection.CLOZE_EN,
            "{{#ContextZh}}{{#ContextEn}}"
            + _box(
                "cloze-en",
                '<div class="prompt">Fill in the English term</div>' + _CONTEXT_ZH + _MASKED_EN,
            )
            + "{{/ContextEn}}{{/ContextZh}}",
        ),
        "afmt": _box(
            "cloze-en", _CONTEXT_ZH + _CONTEXT_EN + _ANSWER + _ENGLISH + _HANZI + _PINYIN + _EXTRA
        ),
    },
]


def duiyi_model() -> genanki.Model:
    """The note type every Duiyi export uses (same id, fields and templates every time)."""
    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELD_NAMES],
        templates=TEMPLATES,
        css=CSS,
        sort_field_index=0,
    )
