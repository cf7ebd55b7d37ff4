"""The test harness's own waiting: what the wire-level tests rely on to see records written after a reply."""

from __future__ import annotations

import pytest

from testkit.harness import eventually


async def test_waiting_for_a_record_not_written_yet_waits_instead_of_failing() -> None:
    rows: list[int] = []

    def written() -> bool:
        rows.append(len(rows))
        # Until the third look there is no third row from the end: the lookup itself fails.
        return rows[-3] == 0

    await eventually(written, pause=0)
    assert len(rows) == 3


async def test_a_record_that_never_comes_still_fails_with_what_was_missing() -> None:
    with pytest.raises(AssertionError) as failed:
        await eventually(lambda: [][-1], attempts=3, pause=0)
    assert isinstance(failed.value.__cause__, IndexError)
