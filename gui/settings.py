"""Settings: who answers, what is captured, the genre and loudness target, a reference track, how chatty the
companion is, hotkey and MIDI mapping. Checked before saving (a bad value is a red line in the dialog, never
a saved file that breaks the next start), then written to the user's config file (TOML)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.errors import BadInput

BACKENDS = ("rules", "qwen-audio", "llama-cpp", "remote")
CAPTURE_BACKENDS = ("sounddevice", "soundcard", "pyaudiowpatch", "reastream", "file")
TARGETS = ("spotify", "apple", "youtube", "ebu", "cd")
INTERVENTIONS = {"quiet": "Quiet until asked", "nudge": "A gentle nudge when a problem (>= 0.7) plays"}


def validate(values: dict[str, Any]) -> dict[str, Any]:
    """The config updates for ``values`` (the dialog's fields); BadInput with one line when one is wrong."""
    from companion.knowledge.targets import loudness_target
    from companion.listening.reference_curves import genre_family
    from gui.triggers import MidiTrigger

    backend = values.get("backend") or "rules"
    if backend not in BACKENDS:
        raise BadInput(f"unknown backend {backend!r}")
    loudness_target(values.get("target") or "spotify")
    genre = (values.get("genre") or "").strip() or None
    if genre is not None:
        genre_family(genre)
    if backend == "remote" and not (values.get("url") or "").strip():
        raise BadInput("the remote backend needs the server's URL")
    for key in ("midi_ask", "midi_apply"):
        try:
            MidiTrigger.parse(values.get(key))
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    reference = (values.get("reference_track") or "").strip() or None
    if reference is not None and not Path(reference).expanduser().is_file():
        raise BadInput(f"reference track {reference}: no such file")
    if values.get("intervention", "quiet") not in INTERVENTIONS:
        raise BadInput(f"unknown intervention level {values.get('intervention')!r}")

    def text(key: str) -> str | None:
        return (values.get(key) or "").strip() or None

    model_table = {k: text(k) for k in ("model", "url", "adapter")}
    return {
        "backend": backend,
        "target": values.get("target") or "spotify",
        "genre": genre,
        "capture": {"backend": values.get("capture_backend") or "sounddevice", "device": text("device")},
        "model": {backend: model_table} if backend != "rules" else {},
        "gui": {
            "intervention": values.get("intervention", "quiet"),
            "hotkey": text("hotkey"),
            "midi_port": text("midi_port"),
            "midi_ask": text("midi_ask"),
            "midi_apply": text("midi_apply"),
            "reference_track": reference,
        },
    }


class SettingsDialog(QDialog):
    """Edits a copy of the config; ``updates`` holds what to save once accepted."""

    def __init__(self, config: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("MixAssist settings")
        self.updates: dict[str, Any] | None = None
        gui = config.get("gui") or {}
        backend = config.get("backend") or "rules"
        model = (config.get("model") or {}).get(backend) or {}
        form = QFormLayout()
        self.fields: dict[str, Any] = {}

        def combo(key: str, items: Any, current: str | None, editable: bool = False) -> QComboBox:
            box = QComboBox()
            box.setEditable(editable)
            for item in items:
                box.addItem(str(item))
            if current is not None:
                box.setCurrentText(str(current))
            self.fields[key] = box
            return box

        def line(key: str, current: Any, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit("" if current is None else str(current))
            edit.setPlaceholderText(placeholder)
            self.fields[key] = edit
            return edit

        form.addRow("Who answers", combo("backend", BACKENDS, backend))
        form.addRow("Model", line("model", model.get("model"), "hub id, local folder or .gguf file"))
        form.addRow("Server URL", line("url", model.get("url"), "remote: http://host:8000/v1"))
        form.addRow("LoRA adapter", line("adapter", model.get("adapter"), "qwen-audio: adapter folder"))
        capture = config.get("capture") or {}
        form.addRow("Capture", combo("capture_backend", CAPTURE_BACKENDS, capture.get("backend")))
        form.addRow("Device", line("device", capture.get("device"), "default device"))
        later = QLabel("Capture changes apply the next time MixAssist starts.")
        later.setObjectName("muted")
        form.addRow("", later)
        from companion.listening.reference_curves import known_genres

        form.addRow("Genre", combo("genre", ("", *known_genres()), config.get("genre") or "", editable=True))
        form.addRow("Loudness target", combo("target", TARGETS, config.get("target")))
        ref = line("reference_track", gui.get("reference_track"), "an audio file to compare with")
        browse = QPushButton("...")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(ref, 1)
        row.addWidget(browse)
        form.addRow("Reference track", row)
        note = QLabel("Tonal balance, width and PLR are then judged against it (measured once, then cached).")
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow("", note)
        box = combo(
            "intervention", INTERVENTIONS.values(), INTERVENTIONS.get(gui.get("intervention", "quiet"))
        )
        form.addRow("Speak up", box)
        form.addRow("Global hotkey", line("hotkey", gui.get("hotkey"), "e.g. <ctrl>+<alt>+h (pynput)"))
        form.addRow("MIDI input", line("midi_port", gui.get("midi_port"), "first input"))
        form.addRow("MIDI: ask", line("midi_ask", gui.get("midi_ask"), "note:60 or cc:20"))
        form.addRow("MIDI: apply top", line("midi_apply", gui.get("midi_apply"), "note:62 or cc:21"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("bad")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        out = {}
        for key, widget in self.fields.items():
            out[key] = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
        labels = {v: k for k, v in INTERVENTIONS.items()}
        out["intervention"] = labels.get(out["intervention"], out["intervention"])
        return out

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Reference track", "", "Audio (*.wav *.flac *.aiff *.mp3)"
        )
        if path:
            self.fields["reference_track"].setText(path)

    def _save(self) -> None:
        try:
            self.updates = validate(self.values())
        except BadInput as exc:
            self.error.setText(str(exc))
            return
        self.accept()
