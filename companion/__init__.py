"""MixAssist Companion: the core. Shared types (``context``), errors, configuration, the listening API
(``analysis``, over ``listening/``), mixing knowledge (``knowledge/``), the demo synthesizer (``synth/``), the
``Companion`` orchestrator (``app``) and the command line (``cli/``). tests/test_architecture.py holds the rules
of which room may import which.
"""

__version__ = "0.1.0"
