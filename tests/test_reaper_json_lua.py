"""The bridge's JSON codec (reaper_scripts/mixassist_json.lua) under the real lua5.4: what it writes is strict JSON
that Python reads back, what it cannot carry it refuses with a message, and malformed text is rejected."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.fakes.lua_bridge import lua_literal, run_lua
from tests.system_tools import needs_tool

pytestmark = needs_tool("lua5.4", "lua5.4")


@pytest.mark.parametrize(
    ("lua_value", "expected"),
    [
        ('"say \\"hi\\""', 'say "hi"'),
        ('"back\\\\slash"', "back\\slash"),
        ('"Gitarre \\u{FC} \\u{1F3B8}"', "Gitarre ü 🎸"),
        ('"tab\\tnew\\nline\\r\\0\\1\\31\\127"', "tab\tnew\nline\r\x00\x01\x1f\x7f"),
        ('"bad \\255 byte \\xe2\\x82"', "bad \ufffd byte \ufffd\ufffd"),
        ("{}", []),
        ("json.object()", {}),
        ("json.array({})", []),
        ("0/0", None),
        ("math.huge", None),
        ("-math.huge", None),
        ("48000.0", 48000),
        ("-0.125", -0.125),
        ("1/3", 0.33333333333333),
        ("{1, 2.5, 'x', true, false}", [1, 2.5, "x", True, False]),
        ("{a = {b = {}}, c = json.null}", {"a": {"b": []}, "c": None}),
    ],
)
def test_json_encoder_edge_cases(lua_value: str, expected: Any) -> None:
    out = run_lua(f'local json = require("mixassist_json")\nio.write(json.encode({lua_value}))')
    decoded = json.loads(out)
    if isinstance(expected, float):
        assert decoded == pytest.approx(expected, rel=1e-12)
    else:
        assert decoded == expected
    assert "\n" not in out and "nan" not in out.lower() and "inf" not in out.lower()


@pytest.mark.parametrize(
    ("lua_value", "message"),
    [
        ("{1, nil, 3}", "sparse array"),
        ("{1, x = 2}", "mixes array and object keys"),
        ("(function() local t = {} t.t = t return t end)()", "cycle"),
        ("print", "cannot encode a function"),
    ],
)
def test_json_encoder_refuses_what_json_cannot_carry(lua_value: str, message: str) -> None:
    out = run_lua(
        f'local json = require("mixassist_json")\nio.write(select(2, pcall(json.encode, {lua_value})))'
    )
    assert message in out


@pytest.mark.parametrize(
    "text",
    [
        '{"a": [1, -2.5e3, 0.1, true, false, null], "b": {"c": "\\u00e9\\ud83d\\ude00\\n\\"\\\\/"}}',
        "[]",
        '{"schema": "mixassist.command/1", "value": -60, "fx_index": null}',
        ' "just a string" ',
    ],
)
def test_json_decoder_round_trips(text: str) -> None:
    out = run_lua(
        "local json = require('mixassist_json')\n"
        f"local v = assert(json.decode({lua_literal(text)}))\nio.write(json.encode(v))"
    )
    assert json.loads(out) == json.loads(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": 1,}', "expected a string key"),
        ("[01]", "bad number"),
        ("[1.]", "bad number"),
        ('"\x01"', "control character"),
        ('"\\ud800"', "lone surrogate"),
        ("[1] x", "trailing characters"),
        ("", "unexpected end"),
        ("[" * 100, "nesting deeper"),
        ("NaN", "unexpected character"),
    ],
)
def test_json_decoder_rejects_malformed_text(text: str, message: str) -> None:
    out = run_lua(
        "local json = require('mixassist_json')\n"
        f"local v, err = json.decode({lua_literal(text)})\nio.write(tostring(v), '|', err)"
    )
    value, err = out.split("|", 1)
    assert value == "nil" and message in err
