"""Listening analysis: ``analyze(samples, sample_rate) -> Analysis`` (TO BE WRITTEN by the analysis helper)
and ``diagnose`` (re-exported from companion.diagnosis)."""
