"""No Python class name appears where a person reads: rulebooks shown by the command and
the example minutes, in every language and format."""

import inspect
import io
import re

import pytest

import partyvote as pv
import partyvote.io
import partyvote.report
from partyvote._i18n.catalog import LANGUAGES
from partyvote.cli import main

_NAMESPACES = (pv, pv.rules, pv.elections, pv.rulebooks, pv.io, pv.report, pv.errors)
CLASS_NAMES = sorted(
    {
        name
        for namespace in _NAMESPACES
        for name in namespace.__all__
        if inspect.isclass(getattr(namespace, name))
    }
)
# Names made of two words (``DoubleMajority``) are never prose; one-word names (``Quorum``,
# ``Votes``) are ordinary words too, so they are flagged where they stand alone as a rule's
# description ("quorum: Minimum").
_CODE = re.compile(
    r"\b(?:" + "|".join(n for n in CLASS_NAMES if re.search("[a-z][A-Z]", n)) + r")\b"
)
_AS_DESCRIPTION = re.compile(r": (?:" + "|".join(CLASS_NAMES) + r")$", re.MULTILINE)


def run(*args: str) -> str:
    out = io.StringIO()
    assert main(list(args), stdout=out) == 0
    return out.getvalue()


def test_the_patterns_catch_what_they_are_for() -> None:
    assert {"DoubleMajority", "Minimum"} <= set(CLASS_NAMES)
    assert _CODE.search("motion qualified: DoubleMajority")
    assert _AS_DESCRIPTION.search("quorum: Minimum\nmotion simple: Heads")
    assert not _AS_DESCRIPTION.search("Quorum: Needs at least 2/3 of 117 convened")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", pv.rulebooks.available())
def test_no_class_name_in_a_shipped_rulebook(key: str, lang: str) -> None:
    text = run("rulebooks", key, "--lang", lang)
    rules = text.split("\n\n")[2]  # title, sources, rules, notes
    assert not _CODE.search(text), _CODE.findall(text)
    assert not _AS_DESCRIPTION.search(rules), _AS_DESCRIPTION.findall(rules)


@pytest.mark.parametrize("form", ["text", "markdown", "html", "json"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_class_name_in_the_example_minutes(lang: str, form: str) -> None:
    text = run("example", "--lang", lang, "--format", form)
    assert not _CODE.search(text), _CODE.findall(text)
    assert not _AS_DESCRIPTION.search(text), _AS_DESCRIPTION.findall(text)
