"""The ``mixassist`` command line: ``main`` (the argparse front and dispatch) and one module per command group
(``ask``: demo, ask, analyze; ``capture``: devices, listen; ``reaper``: reaper install/uninstall/status, run).
``python -m companion.cli`` runs it too (``__main__``).

May import everything (companion, bridge, model); gui and training only inside the handler functions, and every
heavy package lazily, so ``mixassist ask --backend rules`` starts without torch, transformers, librosa or Qt
(tests/test_architecture.py, tests/test_cold_path.py).
"""
