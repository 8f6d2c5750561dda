"""Elections: ballots and their validity, tallies, elections, results, further rounds and ties.

Ballots are checked and counted into a :class:`~partyvote.Tally`; an
:class:`~partyvote.Election` applies its rules to the tally and gives an
:class:`~partyvote.ElectionResult`.
"""

__all__: list[str] = []


def __dir__() -> list[str]:
    return __all__
