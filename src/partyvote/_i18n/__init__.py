"""Words for people: the message catalog in every language and the way numbers are written.

Nothing here decides anything; the rules and the reports ask this package for sentences.
"""
