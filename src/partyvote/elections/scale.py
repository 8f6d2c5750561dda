"""Counting beyond one process: worker processes, or a Dask cluster.

Tallies add up (``Tally()`` is the identity, ``a + b == b + a``), so ballots can be counted
in any number of pieces, anywhere, and merged.  :func:`tally_parallel` counts pieces in
worker processes with :mod:`concurrent.futures`; :func:`tally_bag` counts the partitions of a
:class:`dask.bag.Bag` where they live (``pip install 'partyvote[dask]'``).

>>> from functools import partial
>>> from partyvote import Election
>>> election = Election(seats=1, candidates=("An", "Bình"))
>>> pieces = [[("An",)] * 3, [("Bình",)] * 2, [("An",)]]
>>> tally_parallel(election, pieces, max_workers=2).votes
Counts({'An': 4, 'Bình': 2})
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import partial
from typing import Any

from partyvote.elections.ballot import Ballot
from partyvote.elections.election import Election
from partyvote.elections.tally import Tally

__all__ = ["BallotSource", "tally_bag", "tally_parallel"]


def __dir__() -> list[str]:
    return __all__


BallotSource = Iterable[Ballot | Iterable[str]] | Callable[[], Iterable[Ballot | Iterable[str]]]
"""A piece of the count: ballots, or a function (picklable: defined at module level, or a
:func:`functools.partial` of one) that produces them in the worker, such as
``partial(read_ballots, "station-7.csv", election)``."""


def _count_piece(election: Election, source: BallotSource) -> Tally:
    """Count one piece: call *source* if it is a function, then tally what it gives."""
    ballots = source() if callable(source) else source
    return election.tally(ballots)


def _merge(tallies: Iterable[Tally]) -> Tally:
    return sum(tallies, Tally())


def tally_parallel(
    election: Election,
    sources: Iterable[BallotSource],
    *,
    max_workers: int | None = None,
    executor: Executor | None = None,
) -> Tally:
    """Count each of *sources* in a worker process and merge the tallies.

    :param max_workers: processes to start (default: one per CPU).
    :param executor: an executor of your own (a process pool, a thread pool...), used as is.

    Pass functions that produce the ballots (reading a file, generating a test load) rather
    than the ballots themselves: a function is cheap to send to a worker, millions of
    ballots are not.
    """
    count = partial(_count_piece, election)
    if executor is not None:
        return _merge(executor.map(count, sources))
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        return _merge(pool.map(count, sources))


def tally_bag(election: Election, bag: Any, **compute: Any) -> Tally:
    """Count a :class:`dask.bag.Bag` of ballots: each partition is counted where it lives and
    the tallies are folded with ``+``.

    :param compute: passed to ``compute()`` (for example ``scheduler="processes"``); with a
        :class:`distributed.Client` active, its cluster counts.
    """
    folded = bag.reduction(partial(_count_piece, election), _merge)
    result: Tally = folded.compute(**compute)
    return result
