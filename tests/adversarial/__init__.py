"""Hostile and broken input: a generated corpus, each case with its expected outcome."""
