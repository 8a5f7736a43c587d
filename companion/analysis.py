"""The public listening API, kept at its old address: ``analyze`` and ``diagnose`` (and ``genre_family``).

The work lives in ``companion.listening`` (``listening.analysis.analyze``, ``listening.diagnosis.diagnose``,
``listening.reference_curves.genre_family``); this facade only re-exports them, so code and notebooks that
import ``companion.analysis.analyze`` keep working. Code inside the project imports from ``companion.listening``.
Like the listening room it imports numpy only: no scipy.signal, librosa or torch.
"""

from __future__ import annotations

from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.listening.reference_curves import genre_family

__all__ = ["analyze", "diagnose", "genre_family"]
