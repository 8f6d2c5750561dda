"""The catalog's entries by area, one module each, merged into the catalog.

Each module holds ``ENTRIES``: key -> language -> template.  Keys are unique across all
modules: the catalog refuses to load otherwise.
"""
