"""Text helpers every scenario template shares: ``$slot`` substitution and code style by the drawn :class:`Style`.

Scenario code and tests are written as ``string.Template`` text (``fill``) so that Python braces in
the generated code stay literal; the style helpers decide type hints and docstrings in one place.
"""

from __future__ import annotations

from string import Template

from emcode.data.cwe.vocab import Style


def fill(template: str, /, **kw: object) -> str:
    """``string.Template`` substitution (``$name`` / ``${name}``), which leaves Python's braces alone."""
    return Template(template).substitute(**kw)


def hinted(st: Style, text: str) -> str:
    """``text`` when the drawn style has type hints (an annotation, a typing import), else nothing."""
    return text if st.type_hints else ""


def returns(st: Style, ann: str) -> str:
    """A return annotation `` -> ann`` for a hand-written ``def`` line, or nothing."""
    return hinted(st, f" -> {ann}")


def param(st: Style, name: str, ann: str, default: str | None = None) -> str:
    """One parameter: ``name: ann = default`` with type hints, ``name=default`` without (an empty ``ann``: never hinted)."""
    if not ann:
        return name if default is None else f"{name}={default}"
    if default is None:
        return f"{name}: {ann}" if st.type_hints else name
    return f"{name}: {ann} = {default}" if st.type_hints else f"{name}={default}"


def signature(st: Style, name: str, args: list[tuple[str, ...]], ret: str) -> str:
    """A ``def`` line; ``args`` are ``(name, annotation)`` or ``(name, annotation, default)``."""
    return f"def {name}({', '.join(param(st, *a) for a in args)}){returns(st, ret)}:"


def docstring(st: Style, text: str, indent: str = "    ") -> str:
    """A one-line docstring line (at ``indent``: deeper for methods) when the style has docstrings, else nothing."""
    return f'{indent}"""{text}"""\n' if st.docstring else ""
