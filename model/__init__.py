"""Advisors behind one protocol: the built-in rules advisor and the model backends."""
