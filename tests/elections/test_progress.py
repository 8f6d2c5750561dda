"""``progress=`` on counts: steady reports, and the same tally with or without (issue 14 §3)."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

import partyvote as pv
from partyvote import strategies as pvst
from partyvote.elections import PROGRESS_EVERY

ELECTION = pv.Election(seats=2, candidates=["An", "Bình", "Chi"])


@settings(max_examples=25)
@given(
    pvst.ballots(ELECTION.candidates, ELECTION.seats, max_size=4),
    st.integers(0, 3 * PROGRESS_EVERY),
    st.booleans(),
)
def test_progress_never_changes_the_tally_and_comes_steadily(
    sample: list[tuple[str, ...]], size: int, sized: bool
) -> None:
    papers = (sample * size)[:size] if sample else [()] * size
    seen: list[tuple[int, int | None]] = []

    def stream() -> Iterator[tuple[str, ...]]:
        yield from papers

    given_ballots = papers if sized else stream()
    tally = ELECTION.tally(given_ballots, progress=lambda done, total: seen.append((done, total)))
    assert tally == ELECTION.tally(papers)
    total = size if sized else None
    steps = list(range(PROGRESS_EVERY, size, PROGRESS_EVERY))
    assert seen == [(done, total) for done in [*steps, size]]


def test_count_passes_progress_on() -> None:
    seen: list[int] = []
    result = ELECTION.count(
        [("An",)] * (PROGRESS_EVERY + 1),
        roll=pv.Roll(PROGRESS_EVERY + 1),
        progress=lambda done, _total: seen.append(done),
    )
    assert result.elected == ("An",)
    assert seen == [PROGRESS_EVERY, PROGRESS_EVERY + 1]
