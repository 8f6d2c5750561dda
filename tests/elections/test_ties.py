"""Tie policies: re-vote, a published key such as age, a reproducible lot, and chains."""

import hashlib
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partyvote.elections import ByKey, Chain, Lot, Older, Revote, TiePolicy
from partyvote.errors import ElectionError

BIRTHS = {"An": date(1968, 2, 3), "Bình": date(1970, 5, 1), "Chi": date(1968, 2, 3)}


def test_revote_decides_nothing_now() -> None:
    outcome = Revote().break_tie(("An", "Bình"), 1)
    assert (outcome.winners, outcome.pending, outcome.method) == ((), ("An", "Bình"), "revote")
    assert outcome.then == Revote()


def test_older_wins_law_85_2015_art_78() -> None:
    # "the older candidate is elected" (Law 85/2015/QH13 Art. 78)
    outcome = Older(BIRTHS).break_tie(("Bình", "An"), 1)
    assert outcome.winners == ("An",)
    assert outcome.pending == ()
    assert dict(outcome.evidence)["An"] == "1968-02-03"


def test_candidates_of_the_same_age_stay_pending() -> None:
    outcome = Older(BIRTHS).break_tie(("An", "Bình", "Chi"), 1)
    assert outcome.winners == ()
    assert set(outcome.pending) == {"An", "Chi"}


def test_same_age_is_no_obstacle_when_both_fit() -> None:
    outcome = Older(BIRTHS).break_tie(("An", "Bình", "Chi"), 2)
    assert set(outcome.winners) == {"An", "Chi"}


def test_highest_key_wins_by_default() -> None:
    assert ByKey({"An": 1, "Bình": 9}).break_tie(("An", "Bình"), 1).winners == ("Bình",)


def test_a_missing_key_is_an_error() -> None:
    with pytest.raises(ElectionError, match="'Dũng'"):
        Older(BIRTHS).break_tie(("An", "Dũng"), 1)


def test_the_lot_is_the_published_hash_procedure() -> None:
    # anyone can re-run it: printf '%s\n%s' "$SEED" "$NAME" | sha256sum
    lot = Lot("Đại hội 2025")
    digests = {
        name: hashlib.sha256(f"Đại hội 2025\n{name}".encode()).hexdigest()
        for name in ("An", "Bình", "Chi")
    }
    outcome = lot.break_tie(("An", "Bình", "Chi"), 2)
    assert outcome.winners == tuple(sorted(digests, key=digests.__getitem__)[:2])
    assert dict(outcome.evidence) == digests
    assert outcome.label == "Đại hội 2025"


def test_the_lot_normalises_names_to_nfc() -> None:
    decomposed = "Bi\u0300nh"  # "Bình" typed with a combining accent
    assert Lot("s").digest(decomposed) == Lot("s").digest("Bình")


@given(st.text(min_size=1), st.lists(st.text(min_size=1), min_size=2, max_size=6, unique=True))
def test_the_lot_is_reproducible_and_independent_of_order(seed: str, names: list[str]) -> None:
    lot = Lot(seed)
    first = lot.break_tie(tuple(names), 1).winners
    assert first == lot.break_tie(tuple(reversed(names)), 1).winners


@pytest.mark.parametrize("seed", ["", None, 3])
def test_a_lot_needs_a_seed(seed: Any) -> None:
    with pytest.raises(ElectionError):
        Lot(seed)


def test_revote_then_lot_carries_the_lot_to_the_revote() -> None:
    chain = Revote().then(Lot("seed"))
    outcome = chain.break_tie(("An", "Bình"), 1)
    assert outcome.pending == ("An", "Bình")
    assert outcome.then == Lot("seed")


def test_a_longer_chain_after_a_revote_stays_a_chain() -> None:
    chain = Revote().then(Older(BIRTHS)).then(Lot("seed"))
    assert len(chain.policies) == 3
    assert chain.break_tie(("An", "Bình"), 1).then == Chain((Older(BIRTHS), Lot("seed")))


def test_a_lone_revote_chain_carries_itself() -> None:
    assert Chain((Revote(),)).break_tie(("An", "Bình"), 1).then == Revote()


def test_age_then_lot_settles_everything() -> None:
    chain = Older(BIRTHS).then(Lot("seed"))
    outcome = chain.break_tie(("An", "Bình", "Chi"), 1)
    assert outcome.pending == ()
    assert outcome.method == "lot"
    assert len(outcome.winners) == 1
    assert outcome.winners[0] in {"An", "Chi"}


def test_age_alone_leaves_a_same_age_tie_to_a_revote() -> None:
    outcome = Chain((Older(BIRTHS),)).break_tie(("An", "Chi"), 1)
    assert (outcome.pending, outcome.then) == (("An", "Chi"), Revote())


def test_age_settling_stops_the_chain() -> None:
    outcome = Older(BIRTHS).then(Lot("seed")).break_tie(("An", "Bình"), 1)
    assert (outcome.winners, outcome.method) == (("An",), "key")


@pytest.mark.parametrize("bad", ["lot", 3, None])
def test_then_needs_a_tie_policy(bad: Any) -> None:
    with pytest.raises(ElectionError):
        Revote().then(bad)


def test_an_empty_chain_is_an_error() -> None:
    with pytest.raises(ElectionError):
        Chain(())


def test_policies_satisfy_the_protocol() -> None:
    for policy in (Revote(), Older(BIRTHS), Lot("s"), Revote().then(Lot("s"))):
        assert isinstance(policy, TiePolicy)
