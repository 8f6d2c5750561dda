"""Public signatures name only public types (issue 14 §4).

Every type named in a signature of the public API snapshot is either from the standard
library or importable from one of partyvote's public namespaces, so a user can annotate
their own code with it.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "partyvote_public_api_snapshot", Path(__file__).with_name("test_public_api.py")
)
assert _SPEC is not None
assert _SPEC.loader is not None
_SNAPSHOT = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SNAPSHOT)
NAMESPACES: tuple[str, ...] = _SNAPSHOT.NAMESPACES

STANDARD = {"Any", "Callable", "IO", "Iterable", "Iterator", "Mapping", "Sequence", "None"}
STANDARD |= {"Fraction", "Decimal", "Path", "TextIO", "Literal", "K", "E"}


def _types_in_signatures(text: str) -> set[str]:
    annotations = re.findall(r"'([^']*)'", text)
    return {name for found in annotations for name in re.findall(r"\b([A-Z]\w*)\b", found)}


def test_every_type_in_a_public_signature_is_public() -> None:
    public = {
        name
        for namespace in NAMESPACES
        for name in getattr(importlib.import_module(namespace), "__all__", ())
    }
    private = sorted(_types_in_signatures(_SNAPSHOT.public_api()) - public - STANDARD)
    assert private == []


def test_the_check_sees_signature_types() -> None:
    assert _types_in_signatures("def f(x: 'Roll | None') -> 'Decision'") == {
        "Roll",
        "None",
        "Decision",
    }
