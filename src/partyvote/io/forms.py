"""What the minutes' forms need beyond the count: how they are laid out
(:class:`MinutesOptions`) and, under the election law, where the count is held and who
witnessed it (:class:`PollingDetails`).

Forms differ locally; what differs is an option of the meeting file's ``[minutes]`` table.

The election team's record of the count (Mẫu số 18/HĐBC-QH, 2026) names the province and
the commune at its top left, the polling area, the constituency and the communes it covers
under its title, the two voters who saw the ballot box checked before voting and the two who
witnessed the count (they sign the record); the election board's record (Mẫu số 19/HĐBC-QH)
names the constituency.  A meeting file gives them in ``[meeting.polling]``; whatever it
leaves out is printed as a blank to fill in by hand.

>>> details = PollingDetails(province="Hà Nội", count_witnesses=("Lê Văn Một", "Vũ Thị Hai"))
>>> details.count_witnesses
('Lê Văn Một', 'Vũ Thị Hai')
>>> PollingDetails(box_witnesses=("A", "B", "C"))
Traceback (most recent call last):
...
partyvote.errors.MeetingError: the form names two voter witnesses at most, got 3 in box_witnesses
"""

from __future__ import annotations

from attrs import frozen

from partyvote._i18n.catalog import Message
from partyvote._validate import check_count
from partyvote.errors import MeetingError

__all__ = ["MinutesOptions", "PollingDetails"]


def __dir__() -> list[str]:
    return __all__


@frozen(kw_only=True)
class PollingDetails:
    """The place and the witnesses of a count under the election law (Law 85/2015 Art. 73:
    two voters who are not candidates witness the count).

    :param province: the province or city (*Tỉnh/Thành phố*), top left of the team's form.
    :param commune: the commune, ward or special zone (*Xã/Phường/Đặc khu*), under it.
    :param polling_area: the polling area's number (*Khu vực bỏ phiếu số*).
    :param constituency: the constituency's number (*Đơn vị bầu cử số*).
    :param communes: the communes the constituency covers (the forms' "Gồm …").
    :param box_witnesses: the two voters who saw the team check the ballot box before voting.
    :param count_witnesses: the two voters who witnessed the count; they sign the record.
    """

    province: str = ""
    commune: str = ""
    polling_area: str = ""
    constituency: str = ""
    communes: tuple[str, ...] = ()
    box_witnesses: tuple[str, ...] = ()
    count_witnesses: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        for name, witnesses in (
            ("box_witnesses", self.box_witnesses),
            ("count_witnesses", self.count_witnesses),
        ):
            if len(witnesses) > 2:
                raise MeetingError(Message("forms.witnesses", name=name, count=len(witnesses)))


@frozen(kw_only=True)
class MinutesOptions:
    """How the minutes are laid out, where counting committees' forms differ.

    :param form: ``"party"`` for the forms of the party's election guidance (the party header,
        the congress and its term, "TM. BAN KIỂM PHIẾU"); for elections under the election
        law, ``"team"`` for the election team's record of the count at a polling area (Mẫu
        số 18/HĐBC-QH: the counts, no verdicts; a team does not decide who is elected) and
        ``"board"`` for the election board's record of the result in a constituency (Mẫu
        số 19/HĐBC-QH: the totals, the elected, the seats still empty); ``"state"`` is the
        team's record with the verdicts of the board, the layout before the two were told
        apart, kept for files that name it; ``"plain"`` for a plain report.
    :param per_ballot: one set of minutes (biên bản) per question, each signed, rather than one
        combined report.
    :param order: candidates in ``"ballot"`` order (as printed on the ballot, the forms'
        order) or by ``"votes"``, most first.
    :param dateline: the place and date at the top right; by default as the form has it (the
        party's forms and ``"state"`` do, the team's and the board's do not).
    :param deputies: on the board's form, how many of the committee after its head are deputy
        heads (Phó Trưởng ban); the others are members.  The form shows two.

    >>> MinutesOptions.default("vn-party-2024")
    MinutesOptions(form='party', per_ballot=True, order='ballot', dateline=None, deputies=2)
    >>> MinutesOptions.default("vn-national-assembly-2015").form
    'board'
    >>> MinutesOptions(form="team").dated, MinutesOptions(form="team", dateline=True).dated
    (False, True)
    >>> MinutesOptions.default("robert").per_ballot
    False
    """

    form: str = "plain"
    per_ballot: bool = False
    order: str = "ballot"
    dateline: bool | None = None
    deputies: int = 2

    def __attrs_post_init__(self) -> None:
        for name, value, valid in (
            ("form", self.form, ("party", "team", "board", "state", "plain")),
            ("order", self.order, ("ballot", "votes")),
        ):
            if value not in valid:
                raise MeetingError(
                    Message("forms.option", name=name, value=value, valid=", ".join(valid))
                )
        check_count("deputies", self.deputies)

    @property
    def dated(self) -> bool:
        """Whether the minutes print the dateline (place and date) at the top right."""
        return self.dateline if self.dateline is not None else self.form in ("party", "state")

    @property
    def state(self) -> bool:
        """Whether the form is one of the election law's (``team``, ``board``, ``state``)."""
        return self.form in ("team", "board", "state")

    @classmethod
    def default(cls, rulebook: str) -> MinutesOptions:
        """The default for a rulebook: the party's forms for the party's rulebooks, the
        election board's record of the result for the National Assembly's and the People's
        Councils', else a plain report."""
        party = rulebook.startswith("vn-party")
        state = rulebook.startswith(("vn-national-assembly", "vn-people-council"))
        return cls(form="party" if party else "board" if state else "plain", per_ballot=party)
