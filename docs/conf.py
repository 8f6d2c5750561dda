"""Sphinx configuration for the partyvote documentation."""

import partyvote

project = "partyvote"
author = "partyvote developers"
copyright = "2026, partyvote developers"
release = partyvote.__version__
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
html_theme = "furo"
html_title = f"partyvote {release}"
html_static_path = ["_static"]
exclude_patterns = ["_build"]
language = "en"
