"""`col.tags`: tags on terms (add, remove, list, rename, delete)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult, delete, func, insert, select, update

from db.models import Tag, Term, TermTag
from db.ops.part import Part
from db.ops.term_info import TagId, TagInfo
from db.ops.term_make import clean_tags, tag_ids
from db.ops.term_touch import terms_tagged, touch_terms
from db.results import Changes, OpResult, TermId
from duiyi.counts import counted
from duiyi.errors import InvalidInput, NotFound

_TAGS = Changes(terms=True, tags=True)


def _count(n: int, one: str) -> str:
    return counted(n, one)


class Tags(Part):
    """`col.tags`: the tags on terms."""

    def all(self) -> list[TagInfo]:
        """Every tag by name, with how many terms carry it."""
        with self._read() as session:
            rows = session.execute(
                select(Tag.id, Tag.name, func.count(TermTag.term_id))
                .outerjoin(TermTag, TermTag.tag_id == Tag.id)
                .group_by(Tag.id)
                .order_by(Tag.name)
            )
            return [TagInfo(TagId(i), name, int(n)) for i, name, n in rows]

    def add(self, *, term_ids: Sequence[TermId], tags: Sequence[str]) -> OpResult[int]:
        """Put tags on terms (new tag names are created); returns how many links were made."""
        names = clean_tags(tags)
        if not names:
            raise InvalidInput("No tag given: a tag needs a name.")
        ids = sorted(set(term_ids))
        label = f"Tag {_count(len(ids), 'term')} {', '.join(names)}"
        with self._write(label) as session:
            existing_terms = set(session.scalars(select(Term.id).where(Term.id.in_(ids))))
            missing = [i for i in ids if i not in existing_terms]
            if missing:
                raise NotFound(f"There is no term with id {missing[0]}.")
            known = tag_ids(session, names)
            have = set(
                session.execute(
                    select(TermTag.term_id, TermTag.tag_id).where(
                        TermTag.term_id.in_(ids), TermTag.tag_id.in_(known.values())
                    )
                )
            )
            rows = [
                {"term_id": t, "tag_id": g}
                for t in ids
                for g in known.values()
                if (t, g) not in have
            ]
            if rows:
                session.execute(insert(TermTag), rows)
                touch_terms(session, ids)
        return OpResult(len(rows), _TAGS)

    def remove(self, *, term_ids: Sequence[TermId], tags: Sequence[str]) -> OpResult[int]:
        """Take tags off terms (the tags stay in the list); returns how many links went."""
        names = clean_tags(tags)
        ids = sorted(set(term_ids))
        label = f"Untag {_count(len(ids), 'term')} {', '.join(names)}"
        with self._write(label) as session:
            tag_id_list = list(session.scalars(select(Tag.id).where(Tag.name.in_(names))))
            linked = TermTag.term_id.in_(ids), TermTag.tag_id.in_(tag_id_list)
            touch_terms(session, select(TermTag.term_id).where(*linked))
            result: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                delete(TermTag).where(*linked)
            )
            removed = result.rowcount
        return OpResult(int(removed or 0), _TAGS)

    def rename(self, *, old: str, new: str) -> OpResult[TagInfo]:
        """Rename a tag on every term; InvalidInput when the new name is taken."""
        (clean,) = clean_tags([new]) or [""]
        if not clean:
            raise InvalidInput("A tag needs a name; it was empty.")
        tags = {t.name: t for t in self.all()}
        if old not in tags:
            raise NotFound(f"There is no tag named {old}.")
        if clean in tags and clean != old:
            raise InvalidInput(f"There is already a tag named {clean}.")
        with self._write(f"Rename tag {old} to {clean}") as session:
            touch_terms(session, terms_tagged(select(Tag.id).where(Tag.name == old)))
            session.execute(update(Tag).where(Tag.name == old).values(name=clean))
        info = tags[old]
        return OpResult(TagInfo(info.id, clean, info.term_count), _TAGS)

    def delete(self, *, name: str) -> OpResult[int]:
        """Delete a tag from the list and from every term; returns how many terms had it."""
        tags = {t.name: t for t in self.all()}
        if name not in tags:
            raise NotFound(f"There is no tag named {name}.")
        with self._write(f"Delete tag {name}") as session:
            touch_terms(session, terms_tagged(select(Tag.id).where(Tag.name == name)))
            session.execute(delete(Tag).where(Tag.name == name))
        return OpResult(tags[name].term_count, _TAGS)
