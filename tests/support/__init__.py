"""Helpers the tests share that are not fixtures: plain code, imported as ``tests.support.<module>``."""
