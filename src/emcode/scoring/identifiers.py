"""Identifier quality: how many of the names a program defines are too short or placeholders.

Counted names (each distinct name once per file): functions, classes, parameters (not ``self``
or ``cls``), and variables bound by assignment, ``for``/comprehension targets, ``with ... as``,
``except ... as``, walrus and ``global``-free augmented assignment. Not counted: imports,
attributes (``self.x``), names the code only reads.

* **short**: one or two characters (leading underscores ignored), except the conventional
  ``_``, loop/comprehension counters ``i``/``j``/``k``, ``e`` bound by ``except ... as e``, ``f``
  bound by ``with ... as f``, and the two-letter words in :data:`TWO_LETTER_WORDS` (``db``, ``id``...).
* **meaningless**: a placeholder word from :data:`PLACEHOLDERS` (``foo``, ``doit``, ``tmp``,
  ``var``...), or letters followed by digits where the letters are one or two characters or a
  placeholder (``x1``, ``tmp2``, ``data1``); ``sha256``, ``md5``, ``b64`` (:data:`DIGIT_WORDS`) are not.

``poor_name_share`` = names that are short or meaningless / names defined (None if none).
"""

from __future__ import annotations

import ast
import re

from emcode.scoring.registry import ItemScore, ScoreItem

TWO_LETTER_WORDS = frozenset({"db", "id", "ip", "ok", "os", "io", "tz", "pk", "ui", "fs", "fd", "op", "to", "up", "go",
                              "on", "at", "by", "of"})
PLACEHOLDERS = frozenset({
    "foo", "bar", "baz", "qux", "quux", "spam", "eggs", "tmp", "temp", "var", "val", "obj", "thing",
    "things", "stuff", "doit", "do_it", "dostuff", "do_stuff", "do_something", "func", "myfunc", "my_func",
    "something", "blah", "whatever", "data", "item", "value", "result", "res", "ret", "arg", "param",
    "variable", "myvar", "my_var", "test", "xyz", "abc", "aaa",
})
BARE_PLACEHOLDERS = PLACEHOLDERS - {"data", "item", "value", "result", "res", "ret", "arg", "param", "test"}
_LETTERS_DIGITS = re.compile(r"^([a-z]+)_?(\d+)$")
_LOOP_COUNTERS = frozenset({"i", "j", "k"})
DIGIT_WORDS = frozenset({"md5", "b64", "b32", "s3", "x509", "ec2", "py2", "py3", "h2", "ipv4", "ipv6", "utf8"})


def is_meaningless(name: str) -> bool:
    """A placeholder word (foo, doit, tmp) or short-letters/placeholder + digits (x1, tmp2, data1)."""
    low = name.strip("_").lower()
    if low in DIGIT_WORDS:
        return False
    if low in BARE_PLACEHOLDERS:
        return True
    m = _LETTERS_DIGITS.match(low)
    return bool(m) and (len(m.group(1)) <= 2 or m.group(1) in PLACEHOLDERS)


def is_short(name: str) -> bool:
    """One or two characters (ignoring leading underscores), unless a common two-letter word."""
    core = name.lstrip("_")
    return bool(core) and len(core) <= 2 and core.lower() not in TWO_LETTER_WORDS


def _target_names(node: ast.AST) -> list[str]:
    return [n.id for n in ast.walk(node) if isinstance(n, ast.Name)]


def defined_names(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(all defined names, names exempt by convention) of a parsed module."""
    names: set[str] = set()
    exempt: set[str] = {"_", "__"}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
                if arg is not None and arg.arg not in ("self", "cls"):
                    names.add(arg.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
            if node.name == "e":
                exempt.add("e")
        elif isinstance(node, ast.For | ast.AsyncFor | ast.comprehension):
            exempt.update(n for n in _target_names(node.target) if n in _LOOP_COUNTERS)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            exempt.update(n for n in _target_names(node.optional_vars) if n == "f")
    names.discard("")
    return names, exempt


def name_quality(code: str) -> dict[str, float | None] | None:
    """Counts of defined, short and meaningless names and the poor-name share; None if the code does not parse."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None
    names, exempt = defined_names(tree)
    judged = [n for n in names if n not in exempt and not (n.startswith("__") and n.endswith("__"))]
    short = {n for n in judged if is_short(n)}
    meaningless = {n for n in judged if is_meaningless(n)}
    return {
        "defined_names": float(len(names)),
        "short_names": float(len(short)),
        "meaningless_names": float(len(meaningless)),
        "poor_name_share": len(short | meaningless) / len(names) if names else None,
    }


def score_identifiers(items: list[ScoreItem]) -> list[ItemScore]:
    """Identifier-quality metrics per item; all None when the code is empty or does not parse."""
    out: list[ItemScore] = []
    for it in items:
        quality = name_quality(it.code) if it.code.strip() else None
        if quality is None:
            out.append(ItemScore(
                metrics={"defined_names": None, "short_names": None, "meaningless_names": None,
                         "poor_name_share": None},
                details={"error": "no code" if not it.code.strip() else "does not parse"}))
            continue
        tree = ast.parse(it.code)
        names, exempt = defined_names(tree)
        poor = sorted(n for n in names if n not in exempt and (is_short(n) or is_meaningless(n))
                      and not (n.startswith("__") and n.endswith("__")))
        out.append(ItemScore(metrics=quality, details={"poor_names": poor[:50]}))
    return out
