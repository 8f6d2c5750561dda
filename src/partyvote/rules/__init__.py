"""Rules: bases, thresholds, quorums, minimums, compound rules, motions and weighted votes.

A rule reads a :class:`~partyvote.Roll` and :class:`~partyvote.Votes` and gives a
:class:`~partyvote.Decision`.  Rules never read ballots: this package imports nothing from
:mod:`partyvote.elections`.
"""

__all__: list[str] = []


def __dir__() -> list[str]:
    return __all__
