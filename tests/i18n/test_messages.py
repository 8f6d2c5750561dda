"""Every message exists in every language, with the same placeholders."""

import importlib
import pkgutil
import string

import pytest

import partyvote
from partyvote import errors
from partyvote._i18n.catalog import CATALOG, LANGUAGES, Message, render


def placeholders(template: str, *, plural: bool = True) -> set[str]:
    # "{problem.en}" and "{problem.vi}" are the same placeholder in two languages; with
    # plural=False, a count used only to choose "seat" or "seats" is left out
    fields = [(name, spec) for _, name, spec, _ in string.Formatter().parse(template) if name]
    said = {name for name, spec in fields if plural or not (spec or "").startswith("plural:")}
    return {name.split(".")[0].split("[")[0] for name in said}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_every_message_has_every_language(key: str) -> None:
    assert set(CATALOG[key]) == set(LANGUAGES), f"{key} lacks a language"
    english = placeholders(CATALOG[key]["en"])
    for lang in LANGUAGES:
        assert CATALOG[key][lang].strip(), f"{key} is empty in {lang}"
        # Vietnamese has no plural: it may leave out a count English only needs for "seat(s)"
        said = placeholders(CATALOG[key][lang])
        assert placeholders(CATALOG[key]["en"], plural=False) <= said <= english, f"{key} {lang}"


@pytest.mark.parametrize(
    "name", [name for name in errors.__all__ if name not in {"PartyvoteError", "Text", "Wording"}]
)
def test_error_families_are_partyvote_errors(name: str) -> None:
    family = getattr(errors, name)
    assert issubclass(family, errors.PartyvoteError)
    assert issubclass(family, ValueError | TypeError)


def test_error_keeps_key_and_params() -> None:
    error = errors.RollError(Message("roll.present_exceeds", present=35, members=31))
    assert error.key == "roll.present_exceeds"
    assert dict(error.params) == {"present": 35, "members": 31}
    assert error.message("vi").startswith("số có mặt (35)")


PUBLIC_MODULES = sorted(
    info.name.removeprefix("partyvote.")
    for info in pkgutil.walk_packages(partyvote.__path__, "partyvote.")
    if not any(part.startswith("_") for part in info.name.split("."))
)


def test_every_public_module_is_checked() -> None:
    assert {
        "errors",
        "elections.election",
        "elections.tally",
        "elections.ties",
        "strategies",
        "elections.columnar",
        "rules",
        "report.document",
    } <= set(PUBLIC_MODULES)


@pytest.mark.parametrize(
    "module",
    [partyvote, *(importlib.import_module(f"partyvote.{name}") for name in PUBLIC_MODULES)],
)
def test_public_names_agree_with_all(module: object) -> None:
    exported = module.__all__  # type: ignore[attr-defined]
    assert sorted(dir(module)) == sorted(exported)
    for name in exported:
        assert hasattr(module, name), name


@pytest.mark.parametrize(
    ("seats", "expected"),
    [
        (1, "Tie for 1 seat between A, B with 1 vote each: re-vote among them."),
        (2, "Tie for 2 seats between A, B with 1,000 votes each: re-vote among them."),
    ],
)
def test_english_counts_in_singular_and_plural(seats: int, expected: str) -> None:
    votes = "1" if seats == 1 else "1,000"
    assert render("result.tie", "en", seats=seats, names="A, B", votes=votes) == expected


def test_vietnamese_has_no_plural() -> None:
    one, two = (render("result.unfilled", "vi", count=count) for count in (1, 2))
    assert one.replace("1", "2") == two


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_vietnamese_is_written_in_nfc(key: str) -> None:
    import unicodedata

    for lang in LANGUAGES:
        assert unicodedata.is_normalized("NFC", CATALOG[key][lang]), key
