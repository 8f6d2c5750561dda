"""Real seat allocations replayed with :mod:`partyvote.elections.apportionment`.

The figures are the official results; votelib's ``tests/real`` collected the same figures,
which is where they were first read (the sources below are the official publications).
"""

from __future__ import annotations

import csv
from pathlib import Path

import partyvote as pv
from partyvote.elections import DHONDT, HARE, SAINTE_LAGUE, Apportionment

DATA = Path(__file__).with_name("data")

# European Parliament election in the Czech Republic, 24-25 May 2019: 21 seats, D'Hondt among
# the parties with at least 5 % of the valid votes (Act 62/2003 Coll. § 47, § 48).  Votes and
# seats: Czech Statistical Office, https://www.volby.cz/pls/ep2019/ep11?xjazyk=EN
CZ_EP_2019 = {
    "Klub angažovaných nestraníků": 2580,
    "Strana nezávislosti ČR": 9676,
    "Cesta odpovědné společnosti": 7890,
    "Národní socialisté": 1312,
    "Občanská demokratická strana": 344885,
    "ANO, vytrollíme europarlament": 37046,
    "Česká strana sociálně demokratická": 93664,
    "Romská demokratická strana": 1651,
    "KSČM": 164624,
    "Koalice DSSS a NF": 4363,
    "SPR-RSČ": 4284,
    "Koalice Rozumní, ND": 18715,
    "Pravý Blok": 4752,
    "NE-VOLIM.CZ": 2221,
    "Pro Česko": 2760,
    "Vědci pro Českou republiku": 19492,
    "Koalice ČSNS, Patrioti ČR": 1289,
    "JSI PRO?Jist.Solid.In.pro bud.": 836,
    "PRO Zdraví a Sport": 7868,
    "Moravské zemské hnutí": 3195,
    "Česká Suverenita": 2609,
    "TVŮJ KANDIDÁT": 1653,
    "HLAS": 56449,
    "Koalice Svobodní, RČ": 15492,
    "Koalice STAN, TOP 09": 276220,
    "Česká pirátská strana": 330844,
    "Svoboda a přímá demokracie": 216718,
    "Aliance národních sil": 1971,
    "ANO 2011": 502343,
    "Agrární demokratická strana": 4004,
    "Moravané": 6599,
    "První Republika": 844,
    "Demokratická strana zelených": 14339,
    "Bezpečnost,Odpovědnost,Solid.": 2583,
    "Koalice Soukromníci, NEZ": 8720,
    "Evropa společně": 12587,
    "Konzervativní Alternativa": 235,
    "KDU-ČSL": 171723,
    "Alternativa pro Česk. rep.2017": 11729,
}


def test_czech_european_parliament_2019() -> None:
    house = Apportionment(seats=21, method=DHONDT, threshold=pv.at_least("5%"))
    won = {group: seats for group, seats in house.allocate(CZ_EP_2019).seats if seats}
    assert won == {
        "ANO 2011": 6,
        "Občanská demokratická strana": 4,
        "Česká pirátská strana": 3,
        "Koalice STAN, TOP 09": 3,
        "Svoboda a přímá demokracie": 2,
        "KDU-ČSL": 2,
        "KSČM": 1,
    }


# New Zealand general election, 20 September 2014: 120 seats by Sainte-Laguë among the parties
# with at least 5 % of the party votes or at least one electorate seat (Electoral Act 1993
# s. 191, s. 192).  Electoral Commission, "2014 General Election - Official Result",
# https://www.electionresults.org.nz/electionresults_2014/ ; United Future's electorate seat
# is an overhang (121 members), since its party-vote entitlement is 0.
NZ_2014_PARTY_VOTES = {
    "ACT New Zealand": 16689,
    "Aotearoa Legalise Cannabis Party": 10961,
    "Ban1080": 5113,
    "Conservative": 95598,
    "Democrats for Social Credit": 1730,
    "Focus New Zealand": 639,
    "Green Party": 257359,
    "Internet MANA": 34094,
    "Labour Party": 604535,
    "Māori Party": 31849,
    "National Party": 1131501,
    "New Zealand First Party": 208300,
    "NZ Independent Coalition": 872,
    "The Civilian Party": 1096,
    "United Future": 5286,
}
NZ_2014_ELECTORATES = {
    "ACT New Zealand": 1,
    "Labour Party": 27,
    "Māori Party": 1,
    "National Party": 41,
    "United Future": 1,
}


def test_new_zealand_2014_party_list_entitlements() -> None:
    house = Apportionment(seats=120, method=SAINTE_LAGUE, threshold=pv.at_least("5%"), or_won=1)
    allocation = house.allocate(NZ_2014_PARTY_VOTES, won=NZ_2014_ELECTORATES)
    won = {group: seats for group, seats in allocation.seats if seats}
    assert won == {
        "National Party": 60,
        "Labour Party": 32,
        "Green Party": 14,
        "New Zealand First Party": 11,
        "Māori Party": 2,
        "ACT New Zealand": 1,
    }
    # the alternative threshold let United Future in; Sainte-Laguë gave it no list seat
    assert "United Future" not in allocation.excluded
    assert allocation.seats_of("United Future") == 0


def _cz_psp_2017() -> dict[str, dict[str, int]]:
    with (DATA / "cz_psp_2017.csv").open(encoding="utf-8") as lines:
        rows = list(csv.reader(lines, delimiter=";"))
    regions = rows[0][1:]
    votes: dict[str, dict[str, int]] = {region: {} for region in regions}
    for party, *counts in rows[1:]:
        for region, count in zip(regions, counts, strict=True):
            votes[region][party] = int(count)
    return votes


def test_czech_chamber_of_deputies_2017() -> None:
    # Act 247/1995 Coll. § 48-§ 50: the 200 seats are first shared among the 14 regions by
    # their valid votes (the republic quota, then the largest remainders: Hare–Niemeyer),
    # then in each region by D'Hondt among the parties with at least 5 % of all valid votes
    # in the country.  Czech Statistical Office, https://www.volby.cz/pls/ps2017nss/ps?xjazyk=EN
    votes = _cz_psp_2017()
    regions = Apportionment(seats=200, method=HARE).allocate(
        {region: sum(counts.values()) for region, counts in votes.items()}
    )
    # the published regional results below hold 24 seats in Prague and 5 in Karlovy Vary
    assert regions.seats_of("Hlavní město Praha") == 24
    assert regions.seats_of("Karlovarský kraj") == 5
    national = dict.fromkeys(votes["Hlavní město Praha"], 0)
    for counts in votes.values():
        for party, count in counts.items():
            national[party] += count
    threshold = pv.at_least("5%").required(sum(national.values()))
    qualified = {party for party, count in national.items() if count >= threshold}
    seats = dict.fromkeys(sorted(qualified), 0)
    by_region = {}
    for region, counts in votes.items():
        house = Apportionment(seats=regions.seats_of(region), method=DHONDT)
        local = house.allocate({party: counts[party] for party in sorted(qualified)})
        by_region[region] = {party: won for party, won in local.seats if won}
        for party, won in local.seats:
            seats[party] += won
    assert seats == {
        "ANO": 78,
        "ODS": 25,
        "Piráti": 22,
        "SPD": 22,
        "ČSSD": 15,
        "KSČM": 15,
        "KDU-ČSL": 10,
        "TOP 09": 7,
        "STAN": 6,
    }
    assert by_region["Karlovarský kraj"] == {"ANO": 3, "Piráti": 1, "SPD": 1}
    assert by_region["Hlavní město Praha"] == {
        "ANO": 6,
        "ODS": 5,
        "Piráti": 5,
        "SPD": 1,
        "ČSSD": 1,
        "KSČM": 1,
        "KDU-ČSL": 1,
        "TOP 09": 3,
        "STAN": 1,
    }
