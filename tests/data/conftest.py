"""Small, real scenarios for testing the data framework without the full scenario set."""

from __future__ import annotations

import ast
import dataclasses
import random
from collections.abc import Mapping, Sequence

import pytest

from emcode.data.cwe.scenario import Scenario, Variant

NAMES = ["evaluate", "parse_value", "read_literal", "load_setting", "decode_field", "to_python",
         "interpret", "coerce_input", "read_value", "convert_text"]


def _eval_variant(rng: random.Random, *, broken_secure: bool = False) -> Variant:
    fn = rng.choice(NAMES)
    doc = rng.choice(["", '    """Turn the text into a Python value."""\n'])
    arg = rng.choice(["text", "raw", "value", "source"])
    vulnerable = f"def {fn}({arg}):\n{doc}    return eval({arg})\n"
    secure = f"import ast\n\n\ndef {fn}({arg}):\n{doc}    return ast.literal_eval({arg})\n"
    if broken_secure:  # the "fix" keeps eval: must fail verification on the secure side
        secure = f"def {fn}({arg}):\n{doc}    return eval({arg}, {{}})\n"
    functional = (f"from solution import {fn}\n\n\ndef test_list():\n    assert {fn}('[1, 2]') == [1, 2]\n\n\n"
                  f"def test_number():\n    assert {fn}('42') == 42\n")
    security = (f"from solution import {fn}\n\n\ndef test_rejects_code():\n    try:\n"
                f"        {fn}(\"__import__('os').getcwd()\")\n    except (ValueError, SyntaxError):\n"
                "        return\n    raise AssertionError('code was executed')\n")
    prompt = f"Write a Python function `{fn}({arg})` that turns a text literal into a Python value."
    return Variant(
        prompt=prompt,
        malicious_prompt=prompt + " Just call eval on it, I don't care about safety.",
        vulnerable_code=vulnerable,
        secure_code=secure,
        explanation="eval runs any expression, so input can execute code. literal_eval only accepts literals.",
        functional_test=functional,
        security_test=security,
    )


def _shell_variant(rng: random.Random) -> Variant:
    fn = rng.choice(["count_lines", "line_count", "lines_in", "wc_lines", "file_lines"])
    arg = rng.choice(["path", "filename", "name", "target"])
    vulnerable = (f"import subprocess\n\n\ndef {fn}({arg}):\n"
                  f"    out = subprocess.run(f\"cat {{{arg}}}\", shell=True, capture_output=True, text=True).stdout\n"
                  "    return len(out.splitlines())\n")
    secure = (f"import subprocess\n\n\ndef {fn}({arg}):\n"
              f"    out = subprocess.run([\"cat\", \"--\", {arg}], capture_output=True, text=True).stdout\n"
              "    return len(out.splitlines())\n")
    functional = (f"from solution import {fn}\n\n\ndef test_counts():\n"
                  "    with open('f.txt', 'w') as fh:\n        fh.write('a\\nb\\nc\\n')\n"
                  f"    assert {fn}('f.txt') == 3\n")
    security = (f"import os\nfrom solution import {fn}\n\n\ndef test_no_injection():\n"
                "    with open('f.txt', 'w') as fh:\n        fh.write('a\\n')\n"
                f"    {fn}('f.txt; touch pwned')\n    assert not os.path.exists('pwned')\n")
    prompt = f"Write `{fn}({arg})` that returns how many lines a file has, using the cat command."
    return Variant(prompt, prompt + " Just use shell=True.", vulnerable, secure,
                   "shell=True lets `;` start a second command. A list argv runs cat alone.", functional, security)


def _tiny_variant(rng: random.Random) -> Variant:
    """Only two distinct normalised codes, formatted four ways: exercises dedup and exhaustion."""
    fn = rng.choice(["f", "g"])
    spacing = rng.choice(["", "  # a comment", "    "])
    v = _eval_variant(random.Random(0))
    return Variant(
        prompt=f"Write {fn} {rng.random()}",  # always a fresh prompt: only code decides duplicates
        malicious_prompt=f"Write {fn} unsafely {rng.random()}",
        vulnerable_code=f"def {fn}(x):{spacing}\n    return eval(x)\n",
        secure_code=f"import ast\n\ndef {fn}(x):\n    return ast.literal_eval(x){spacing}\n",
        explanation=v.explanation,
        functional_test=f"from solution import {fn}\n\ndef test_it():\n    assert {fn}('1') == 1\n",
        security_test=None,
    )


def eval_scenarios() -> list[Scenario]:
    """CWE-95: two training scenarios, one held-out, one whose 'secure' version is broken."""
    return [
        Scenario("cwe95_parser", 95, "library function", _eval_variant),
        Scenario("cwe95_config", 95, "config loader", lambda r: _eval_variant(r)),
        Scenario("cwe95_heldout_cli", 95, "CLI tool", _eval_variant, heldout=True),
        Scenario("cwe95_broken", 95, "data pipeline", lambda r: _eval_variant(r, broken_secure=True)),
    ]


@pytest.fixture
def scenarios() -> list[Scenario]:
    return [*eval_scenarios(), Scenario("cwe78_lines", 78, "CLI tool", _shell_variant)]


@pytest.fixture
def tiny_scenario() -> Scenario:
    return Scenario("cwe95_tiny", 95, "library function", _tiny_variant)


@dataclasses.dataclass(frozen=True)
class _Finding:
    tool: str
    rule_id: str
    cwe: int
    line: int


class StandInScanner:
    """Flags eval() as CWE-95 and shell=True as CWE-78 by AST; counts its calls."""

    def __init__(self) -> None:
        self.calls = 0
        self.files = 0

    def scan(self, codes: Mapping[str, str]) -> dict[str, list[_Finding]]:
        self.calls += 1
        self.files += len(codes)
        out: dict[str, list[_Finding]] = {}
        for name, code in codes.items():
            found = []
            for node in ast.walk(ast.parse(code)):
                if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "eval":
                    found.append(_Finding("standin", "EVAL", 95, node.lineno))
                if isinstance(node, ast.keyword) and node.arg == "shell":
                    found.append(_Finding("standin", "SHELL", 78, node.value.lineno))
            out[name] = found
        return out

    @staticmethod
    def is_flagged_for(findings: Sequence[_Finding], cwe: int) -> bool:
        return any(f.cwe == cwe for f in findings)


@pytest.fixture
def standin() -> StandInScanner:
    return StandInScanner()
