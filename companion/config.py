"""User configuration: a TOML file in the platform's config dir; every option can be overridden on the CLI."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from companion.errors import BadInput

APP_NAME = "mixassist"

DEFAULTS: dict[str, Any] = {
    "backend": "rules",
    "target": "spotify",
    "genre": None,
    "seconds": 20.0,
    "osc": {"listen_host": "127.0.0.1", "listen_port": 9000, "reaper_host": "127.0.0.1", "reaper_port": 8000},
    "reastream": {"host": "127.0.0.1", "port": 58710, "identifier": "default"},
    "capture": {"backend": "sounddevice", "device": None, "buffer_seconds": 60.0},
    "model": {},
    "gui": {
        "geometry": None,  # [x, y, width, height] of the overlay, remembered between runs
        "collapsed": False,
        "intervention": "quiet",  # quiet: only when asked; nudge: a line when a problem >= 0.7 plays
        "hotkey": None,  # pynput form, e.g. "<ctrl>+<alt>+h"; None = no global hotkey
        "midi_port": None,  # MIDI input name; None = no MIDI
        "midi_ask": None,  # "note:60" or "cc:20": asks "What do you hear?"
        "midi_apply": None,  # same form: applies the top suggestion
        "reference_track": None,  # an audio file to compare against instead of a genre curve
    },
}


def config_path() -> Path:
    """``$MIXASSIST_CONFIG`` or ``<user config dir>/mixassist/config.toml``."""
    env = os.environ.get("MIXASSIST_CONFIG")
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME)) / "config.toml"


def load_config(path: Path | None = None) -> dict[str, Any]:
    """Defaults merged with the user's file (missing file = defaults; a broken file = BadInput)."""
    path = path or config_path()
    merged = _deep_copy(DEFAULTS)
    if not path.exists():
        return merged
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    try:
        user = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadInput(f"config file {path}: {exc}") from None
    _merge(merged, user)
    return merged


def _deep_copy(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in data.items()}


def _merge(base: dict[str, Any], override: dict[str, Any]) -> None:
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def save_config(updates: dict[str, Any], path: Path | None = None) -> Path:
    """Merge ``updates`` into the user's file (not the defaults) and write it atomically as TOML.

    None values remove a key (TOML has no null). Returns the path written.
    """
    import tomli_w

    path = path or config_path()
    current: dict[str, Any] = {}
    if path.exists():
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover
            import tomli as tomllib
        try:
            current = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise BadInput(f"config file {path}: {exc}") from None
    _merge(current, updates)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomli_w.dumps(_without_none(current)), encoding="utf-8")
    os.replace(tmp, path)
    return path


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _without_none(v) if isinstance(v, dict) else v for k, v in data.items() if v is not None}
