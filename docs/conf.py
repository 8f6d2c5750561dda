"""Sphinx configuration for the partyvote documentation."""

import sys
from pathlib import Path

import partyvote

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "partyvote"
author = "partyvote developers"
copyright = "2026, partyvote developers"
release = partyvote.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "myst_parser",
    "public_api",
]
# The build runs offline: the inventories are written by _intersphinx/make_inventories.py.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_intersphinx/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_intersphinx/attrs.inv"),
    "dask": ("https://docs.dask.org/en/stable", "_intersphinx/dask.inv"),
    "distributed": ("https://distributed.dask.org/en/stable", "_intersphinx/distributed.inv"),
    "hypothesis": ("https://hypothesis.readthedocs.io/en/latest", "_intersphinx/hypothesis.inv"),
    "numpy": ("https://numpy.org/doc/stable", "_intersphinx/numpy.inv"),
}
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Bases are shown by the public-api directive where a class has public ones (never object).
autodoc_default_options = {"members": True}
autodoc_type_aliases = {"npt.ArrayLike": "numpy.typing.ArrayLike"}
nitpicky = True
# An error's wording is a catalog message, a Text or a str; the catalog message is internal
# (users raise with a Text or a str), so its class has no page of its own.
nitpick_ignore = [("py:class", "partyvote._i18n.catalog.Message")]
html_theme = "furo"
html_title = f"partyvote {release}"
html_static_path = ["_static"]
exclude_patterns = ["_build", "_intersphinx"]
language = "en"

# Liberation Mono, the first monospace font on many Linux desktops, places Vietnamese
# stacked diacritics (ổ, ể, ồ) apart from their letters; fonts that draw them come first.
_MONOSPACE = (
    'SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", '
    "monospace"
)
html_theme_options = {
    "light_css_variables": {"font-stack--monospace": _MONOSPACE},
    "dark_css_variables": {"font-stack--monospace": _MONOSPACE},
}
