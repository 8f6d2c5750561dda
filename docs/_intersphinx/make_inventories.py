"""Write the intersphinx inventories the documentation links through.

The build runs without network access, so the inventories of the Python and attrs
documentation are written here, for the names these docs cite, with their published
addresses.  Run ``python docs/_intersphinx/make_inventories.py`` after citing a new name.
"""

from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent

# name -> (domain:role, page#anchor), relative to the project's documentation root.
PYTHON = {
    "fractions.Fraction": ("py:class", "library/fractions.html#fractions.Fraction"),
    "fractions": ("py:module", "library/fractions.html#module-fractions"),
    "decimal.Decimal": ("py:class", "library/decimal.html#decimal.Decimal"),
    "datetime.date": ("py:class", "library/datetime.html#datetime.date"),
    "hashlib": ("py:module", "library/hashlib.html#module-hashlib"),
    "concurrent.futures": (
        "py:module",
        "library/concurrent.futures.html#module-concurrent.futures",
    ),
    "concurrent.futures.Executor": (
        "py:class",
        "library/concurrent.futures.html#concurrent.futures.Executor",
    ),
    "functools.partial": ("py:function", "library/functools.html#functools.partial"),
    "collections.Counter": ("py:class", "library/collections.html#collections.Counter"),
    "collections.abc.Mapping": ("py:class", "library/collections.abc.html#collections.abc.Mapping"),
    "collections.abc.Iterable": (
        "py:class",
        "library/collections.abc.html#collections.abc.Iterable",
    ),
    "collections.abc.Sequence": (
        "py:class",
        "library/collections.abc.html#collections.abc.Sequence",
    ),
    "collections.abc.Callable": (
        "py:class",
        "library/collections.abc.html#collections.abc.Callable",
    ),
    "collections.abc.Iterator": (
        "py:class",
        "library/collections.abc.html#collections.abc.Iterator",
    ),
    "pathlib.Path": ("py:class", "library/pathlib.html#pathlib.Path"),
    "typing.Protocol": ("py:class", "library/typing.html#typing.Protocol"),
    "ValueError": ("py:exception", "library/exceptions.html#ValueError"),
    "TypeError": ("py:exception", "library/exceptions.html#TypeError"),
    "Exception": ("py:exception", "library/exceptions.html#Exception"),
    "int": ("py:class", "library/functions.html#int"),
    "str": ("py:class", "library/stdtypes.html#str"),
    "bool": ("py:class", "library/functions.html#bool"),
    "float": ("py:class", "library/functions.html#float"),
    "tuple": ("py:class", "library/stdtypes.html#tuple"),
    "object": ("py:class", "library/functions.html#object"),
    "enum.Enum": ("py:class", "library/enum.html#enum.Enum"),
}
ATTRS = {
    "attrs.frozen": ("py:function", "api.html#attrs.frozen"),
    "attrs.evolve": ("py:function", "api.html#attrs.evolve"),
    "attrs.field": ("py:function", "api.html#attrs.field"),
}
DASK = {
    "dask.bag.Bag": ("py:class", "generated/dask.bag.Bag.html#dask.bag.Bag"),
}
HYPOTHESIS = {
    "hypothesis.strategies.SearchStrategy": (
        "py:class",
        "reference/api.html#hypothesis.strategies.SearchStrategy",
    ),
}
NUMPY = {
    "numpy.typing.ArrayLike": ("py:class", "reference/typing.html#numpy.typing.ArrayLike"),
    "numpy.packbits": ("py:function", "reference/generated/numpy.packbits.html#numpy.packbits"),
}
DISTRIBUTED = {
    "distributed.Client": ("py:class", "api.html#distributed.Client"),
}


def write(path: Path, project: str, version: str, entries: dict[str, tuple[str, str]]) -> None:
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    lines = "".join(f"{name} {role} 1 {uri} -\n" for name, (role, uri) in sorted(entries.items()))
    path.write_bytes(header + zlib.compress(lines.encode()))


if __name__ == "__main__":
    write(HERE / "python.inv", "Python", "3", PYTHON)
    write(HERE / "attrs.inv", "attrs", "stable", ATTRS)
    write(HERE / "dask.inv", "Dask", "stable", DASK)
    write(HERE / "distributed.inv", "Dask.distributed", "stable", DISTRIBUTED)
    write(HERE / "hypothesis.inv", "Hypothesis", "latest", HYPOTHESIS)
    write(HERE / "numpy.inv", "NumPy", "stable", NUMPY)
