"""Sharing terms with Anki and other flashcard programs: .apkg and CSV/TSV out, glossaries in.

`notes` holds the plain export data, `fields` turns it into escaped Anki fields, `model` is
the "Duiyi term" note type, `apkg` writes packages, `textfiles` writes CSV/TSV, and
`reading` turns glossaries, Pleco exports and .apkg files into `ImportedCard`s.
"""
