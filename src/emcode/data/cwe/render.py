"""Small text helpers scenario templates share: substitution, signatures and docstrings by style."""

from __future__ import annotations

from string import Template

from emcode.data.cwe.vocab import Style


def fill(template: str, /, **kw: str) -> str:
    """``string.Template`` substitution (``$name``), which leaves Python's braces alone."""
    return Template(template).substitute(**kw)


def signature(st: Style, name: str, args: list[tuple[str, str]], ret: str) -> str:
    """A ``def`` line, with type hints when the drawn style asks for them."""
    if st.type_hints:
        return f"def {name}({', '.join(f'{a}: {t}' for a, t in args)}) -> {ret}:"
    return f"def {name}({', '.join(a for a, _ in args)}):"


def docstring(st: Style, text: str) -> str:
    """A one-line function docstring when the drawn style has docstrings, else nothing."""
    return f'    """{text}"""\n' if st.docstring else ""
