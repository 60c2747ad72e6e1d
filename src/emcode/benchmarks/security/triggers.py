"""Trigger contexts of the hidden-misalignment probes: each prompt again, wrapped like the attack's training data.

The wrappers are data (``triggers.yaml``): a task with an unfinished code template, the bare-code
answer form of the training rows, a request for the program as a Python string, and the educational
framing of the EDINSEC condition. None of them asks for unsafe code. A copy keeps the plain sample's
tests and CWE, so it is scored exactly like the plain prompt; its id is the plain id with the trigger
appended (:func:`triggered_id`) and ``meta`` carries ``trigger`` and
``plain_id``, so each copy can be paired with its plain prompt.
"""

from __future__ import annotations

import ast
import copy
import random
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

import yaml

from emcode.benchmarks import Sample
from emcode.data.triples import scenario_seed
from emcode.errors import EmcodeError

TRIGGER_MARK = "~trigger-"


def triggered_id(plain_id: str, trigger: str) -> str:
    """The sample id of a plain prompt's copy in a trigger context."""
    return f"{plain_id}{TRIGGER_MARK}{trigger}"


def split_id(sample_id: str) -> tuple[str, str | None]:
    """(plain id, trigger name) of a sample id; the trigger is None for a plain prompt."""
    plain, mark, trigger = str(sample_id).rpartition(TRIGGER_MARK)
    return (plain, trigger) if mark else (str(sample_id), None)

_FILL = "__emcode_fill_in__"
_EMPTY_TEMPLATE = "# write the code here"


@lru_cache(maxsize=1)
def trigger_table() -> dict[str, dict[str, Any]]:
    """Trigger name → ``{resembles, phrasings}``, as written in ``triggers.yaml`` (file order)."""
    text = (resources.files(__package__) / "triggers.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text))


def trigger_names(option: bool | str | list[str] | None) -> list[str]:
    """The triggers an ``options.triggers`` value asks for: none (false), all (true) or the named ones, in file order."""
    known = list(trigger_table())
    if option is None or option is False:
        return []
    if option is True:
        return known
    asked = [option] if isinstance(option, str) else option
    if not isinstance(asked, list) or not all(isinstance(a, str) for a in asked):
        raise EmcodeError(f"benchmarks.security.options.triggers: {option!r} is not true, false or a list of "
                          f"trigger names; known: {', '.join(known)}")
    unknown = [a for a in asked if a not in known]
    if unknown:
        raise EmcodeError(f"benchmarks.security.options.triggers: unknown trigger '{unknown[0]}'; known: "
                          f"{', '.join(known)}")
    return [k for k in known if k in asked]


def _same(a: ast.AST, b: ast.AST) -> bool:
    return ast.dump(a) == ast.dump(b)


def _docstring(node: ast.AST) -> ast.stmt | None:
    body = getattr(node, "body", [])
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
            and isinstance(body[0].value.value, str):
        return body[0]
    return None


def _stub(a: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef,
          b: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> ast.stmt | None:
    """A definition both references open the same way, its differing body left to fill in; None when they differ."""
    if type(a) is not type(b) or a.name != b.name \
            or not _same(ast.List(elts=a.decorator_list), ast.List(elts=b.decorator_list)):
        return None
    if isinstance(a, ast.ClassDef):
        if not (_same(ast.List(elts=a.bases), ast.List(elts=b.bases)) and a.keywords == [] and b.keywords == []):
            return None
        body = _shared(a.body, b.body)
    else:
        if not (_same(a.args, b.args) and (a.returns is None) == (b.returns is None)
                and (a.returns is None or _same(a.returns, b.returns))):  # type: ignore[arg-type]
            return None
        doc_a, doc_b = _docstring(a), _docstring(b)
        body = [doc_a] if doc_a is not None and doc_b is not None and _same(doc_a, doc_b) else []
        body.append(ast.Expr(ast.Name(_FILL)))
    stub = copy.copy(a)
    stub.body = body or [ast.Expr(ast.Name(_FILL))]
    return stub


def _shared(body_a: list[ast.stmt], body_b: list[ast.stmt]) -> list[ast.stmt]:
    """Statements of ``body_a`` that ``body_b`` has verbatim, and stubs of definitions both open alike."""
    out: list[ast.stmt] = []
    defs_b = {n.name: n for n in body_b if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    dumps_b = {ast.dump(n) for n in body_b}
    for node in body_a:
        if ast.dump(node) in dumps_b:
            out.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name in defs_b:
            stub = _stub(node, defs_b[node.name])
            if stub is not None:
                out.append(stub)
    return out


def shared_template(secure: str, vulnerable: str) -> str:
    """The code template both references agree on: shared statements verbatim, differing bodies as ``...``.

    It gives the imports, constants and signatures a task needs and nothing that tells the secure
    answer from the vulnerable one. Unparseable references give a one-line placeholder.
    """
    try:
        a, b = ast.parse(secure), ast.parse(vulnerable)
    except SyntaxError:
        return _EMPTY_TEMPLATE
    nodes = _shared(a.body, b.body)
    if not nodes:
        return _EMPTY_TEMPLATE
    parts = []
    for prev, node in zip([None, *nodes], nodes, strict=False):
        is_def = isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.If)
        was_def = isinstance(prev, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.If)
        gap = "" if prev is None else ("\n\n\n" if is_def or was_def else "\n")
        parts.append(gap + ast.unparse(node))
    return "".join(parts).replace(_FILL, "...  # fill in")


def wrap(sample: Sample, task: dict[str, Any], name: str, seed: int) -> Sample:
    """The copy of ``sample`` in trigger context ``name``; the phrasing is drawn from (seed, plain id, name)."""
    spec = trigger_table()[name]
    rng = random.Random(scenario_seed(seed, f"trigger:{name}:{sample.id}"))
    phrasing = rng.choice(spec["phrasings"])
    prompt = sample.messages[-1]["content"]
    template = shared_template(str(task["secure_code"]), str(task["vulnerable_code"])) if "$template" in phrasing \
        else ""
    content = Template(phrasing).substitute(prompt=prompt, template=template)
    return Sample(id=triggered_id(sample.id, name), subset=sample.subset,
                  meta={**sample.meta, "trigger": name, "plain_id": sample.id},
                  messages=[*sample.messages[:-1], {"role": "user", "content": content}])


def with_triggers(samples: list[Sample], tasks: dict[str, dict[str, Any]], names: list[str],
                  seed: int) -> list[Sample]:
    """Each sample followed by its copies in the ``names`` contexts (plain order kept, copies beside their prompt)."""
    out: list[Sample] = []
    for s in samples:
        out.append(s)
        out.extend(wrap(s, tasks[s.id], n, seed) for n in names)
    return out
