"""A failure in the middle of a facade call leaves the database exactly as it was."""

from __future__ import annotations

import pytest

from db import Collection
from db.ops.term_info import NewTerm, TermQuery
from db.ops.terms import make_term, make_terms
from duiyi.errors import Cancelled
from duiyi.progress import CancelToken
from tests.db.conftest import dump


@pytest.fixture
def used(col: Collection) -> Collection:
    col.terms.add(chinese="创新驱动", english="innovation-driven", tags=["经济"])
    col.terms.add(chinese="协调发展", english="coordinated development")
    return col


def _terms(n: int) -> list[NewTerm]:
    return [NewTerm(f"词语{i}", (f"phrase {i}",), tags=("导入",)) for i in range(n)]


def test_an_error_after_the_first_batch_of_a_bulk_add_changes_nothing(used: Collection) -> None:
    before = dump(used.path)

    def fail_after_first_batch(done: int, total: int) -> None:
        if done >= 1000:
            raise RuntimeError("disk full (injected)")

    with (
        pytest.raises(RuntimeError, match="injected"),
        used._write("Import glossary") as session,
    ):
        make_terms(session, _terms(2500), progress=fail_after_first_batch, batch=1000)
    assert dump(used.path) == before
    assert used.undo_label() == "Add term 协调发展"
    assert used.check().ok
    # The bulk load's triggers came back with the rollback: edits are indexed and undoable.
    term = used.terms.search(TermQuery(text="协调"))[0]
    used.terms.edit(term_id=term.id, chinese="协调发展观")
    assert [t.id for t in used.terms.search(TermQuery(text="发展观"))] == [term.id]
    assert used.undo().value == "Edit term 协调发展"
    assert used.terms.search(TermQuery(text="发展观")) == []


def test_an_error_at_the_end_of_add_terms_changes_nothing(used: Collection) -> None:
    before = dump(used.path)

    def fail_when_done(done: int, total: int) -> None:
        if done == total:
            raise RuntimeError("injected after the last batch")

    with pytest.raises(RuntimeError, match="injected"):
        used.terms.add_many(terms=_terms(1200), progress=fail_when_done)
    assert dump(used.path) == before


def test_cancelling_a_bulk_add_midway_changes_nothing(used: Collection) -> None:
    before = dump(used.path)
    token = CancelToken()

    def cancel_after_first_batch(done: int, total: int) -> None:
        token.cancel()

    with (
        pytest.raises(Cancelled),
        used._write("Import glossary") as session,
    ):
        make_terms(
            session, _terms(2500), progress=cancel_after_first_batch, cancel=token, batch=1000
        )
    assert dump(used.path) == before


def test_an_error_inside_any_write_rolls_back_everything_it_did(used: Collection) -> None:
    before = dump(used.path)
    with pytest.raises(ZeroDivisionError), used._write("Half an action") as s:
        make_term(s, chinese="半途而废", english=["give up halfway"])
        used_term = used.terms.search(TermQuery(text="创新"))[0]
        from sqlalchemy import delete

        from db.models import Term

        s.execute(delete(Term).where(Term.id == used_term.id))
        _ = 1 / 0
    assert dump(used.path) == before
    assert used.undo_label() == "Add term 协调发展"
    # The collection works normally afterwards.
    again = used.terms.add(chinese="开放发展", english="open development").value
    assert used.terms.get(term_id=again.id).chinese == "开放发展"
    assert used.undo_label() == "Add term 开放发展"


def test_a_failing_undo_step_is_kept_for_later(used: Collection) -> None:
    before = dump(used.path)
    with pytest.raises(ZeroDivisionError), used._write(None) as session:
        from db import undo

        step = undo.newest_step(session.connection(), "undo")
        assert step is not None
        undo.reverse_step(session.connection(), step, used._undo_switch, "redo")
        _ = 1 / 0
    assert dump(used.path) == before
    assert used.undo_label() == "Add term 协调发展"
    assert used.undo().value == "Add term 协调发展"
    assert used.terms.count() == 1
