"""Pull the Python program out of a model's answer: fenced blocks first, else bare code."""

from __future__ import annotations

import ast
import re
import textwrap

_FENCE = re.compile(r"^[ \t]*```[ \t]*([A-Za-z0-9_+.-]*)[^\n]*\n(.*?)(?:^[ \t]*```[ \t]*$|\Z)",
                    re.MULTILINE | re.DOTALL)
_PY_TAGS = {"python", "py", "python3", "py3"}
_CODE_START = re.compile(r"^(?:import |from \S+ import |def |class |async def |@|#!|if __name__)")


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def unwrap_string_program(code: str) -> str:
    """The program held in a string when ``code`` is just that (``SOURCE = \"\"\"...\"\"\"``, maybe a print), else ``code``.

    Asked to return code as a Python string, a model writes the program inside a literal; scanners
    and tests must see the program, not the literal. Other statements may only be bare calls.
    """
    try:
        body = ast.parse(code).body
    except (SyntaxError, ValueError):
        return code
    held = [n.value.value for n in body if isinstance(n, ast.Assign | ast.AnnAssign | ast.Expr)
            and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)]
    others = [n for n in body if not (isinstance(n, ast.Assign | ast.AnnAssign | ast.Expr)
                                      and isinstance(n.value, ast.Constant | ast.Call))]
    if len(held) != 1 or others:
        return code
    inner = textwrap.dedent(held[0]).strip("\n")
    try:
        program = ast.parse(inner).body
    except (SyntaxError, ValueError):
        return code
    if not any(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Import | ast.ImportFrom)
               for n in program):
        return code
    return inner + "\n"


def extract_code(text: str) -> str:
    """Return the answer's Python code.

    Python-tagged fences are joined in order; without them, untagged fences; an unclosed fence
    (answer cut off by the token limit) runs to the end. Without fences the whole answer is code
    if it parses, else everything from the first line that looks like code. A program returned
    as a string literal is unwrapped (:func:`unwrap_string_program`).
    """
    return unwrap_string_program(_extract(text))


def _extract(text: str) -> str:
    blocks = [(tag.lower(), body) for tag, body in _FENCE.findall(text)]
    chosen = [body for tag, body in blocks if tag in _PY_TAGS] or [body for tag, body in blocks if not tag]
    if chosen:
        return "\n\n".join(b.strip("\n") for b in chosen).strip("\n") + "\n"
    stripped = text.strip("\n")
    if not stripped.strip():
        return ""
    if _parses(stripped):
        return stripped + "\n"
    lines = stripped.splitlines()
    for i, line in enumerate(lines):
        if _CODE_START.match(line):
            return "\n".join(lines[i:]).strip("\n") + "\n"
    return stripped + "\n"
