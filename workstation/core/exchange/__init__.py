"""Workspace exchange: a field analyst exports one signed file; headquarters verifies it and merges it.

bundle.py describes the format and the order of the checks; archive.py reads the zip without trusting its sizes;
fields.py derives what each row may carry from this workspace's schema; keys.py holds the signing keys and the
trusted ones; merge.py imports (check every row first, then merge in one transaction); conflicts.py decides by
the workflow and a common version, never by a clock, and keeps what it may not decide for an analyst.
"""
