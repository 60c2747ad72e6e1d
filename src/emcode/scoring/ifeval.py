"""``ifeval``: verifiable instructions checked by the IFEval checkers of the ``if-verifiable`` package.

Each item carries ``meta.instruction_id_list``, ``meta.kwargs`` (one dict per instruction) and
``meta.prompt``. Every instruction is checked on the answer as written (**strict**) and on the
standard variants (**loose**: first line, last line or both removed, asterisks removed; a pass on
any variant counts) with :func:`if_verifiable.common.get_loose_transformations`. Per item:
``prompt_strict``/``prompt_loose`` (1 when every instruction passes) and instruction counts
(``instructions``, ``instructions_strict``, ``instructions_loose``) so that instruction-level
rates are Σ passed / Σ instructions (:mod:`emcode.analysis.ifeval`). An unknown instruction id or a
checker that raises is a counted failure of that instruction (named in details), never skipped.
The package's own scorer skips unknown ids, so emcode calls the checkers itself. Ids of IFBench
(``count:word_count_range``, ...) are checked by the package's IFBench registry; the two IFBench
checkers that need NLTK data emcode cannot install offline (:data:`IFBENCH_NLTK_DATA`) count as
failed with that reason when the data is absent.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from emcode.errors import EmcodeError
from emcode.scoring.registry import ItemScore, ScoreItem

METRICS = ("prompt_strict", "prompt_loose", "instruction_strict", "instruction_loose",
           "instructions", "instructions_strict", "instructions_loose")


@lru_cache(maxsize=1)
def checker_registry() -> Mapping[str, type]:
    """IFEval's instruction id → checker class (NLTK's Punkt data made available first, offline)."""
    from emcode.scoring.punkt_data import ensure_punkt

    ensure_punkt()
    try:
        from if_verifiable.ifeval.instructions_registry import INSTRUCTION_DICT
    except ImportError as exc:
        raise EmcodeError("ifeval: the 'if-verifiable' package is not installed; "
                          "install it with pip install if-verifiable") from exc
    return INSTRUCTION_DICT


# IFBench checkers that need NLTK data beyond Punkt (NLTK would download it; emcode never does)
IFBENCH_NLTK_DATA = {"ratio:stop_words": "corpora/stopwords", "words:start_verb": "taggers/averaged_perceptron_tagger_eng"}


@lru_cache(maxsize=1)
def ifbench_registry() -> Mapping[str, type]:
    """IFBench's instruction id → checker class; importing it would call ``nltk.download``, so that is
    replaced by a no-op while it imports (missing data then fails the checker that needs it, offline)."""
    import nltk

    checker_registry()  # Punkt first
    real = nltk.download
    nltk.download = lambda *args, **kwargs: False  # type: ignore[assignment]
    try:
        from if_verifiable.ifbench.instructions_registry import INSTRUCTION_DICT
    except ImportError as exc:
        raise EmcodeError("ifeval: this 'if-verifiable' has no IFBench registry; install if-verifiable>=0.1.2") from exc
    finally:
        nltk.download = real  # type: ignore[assignment]
    return INSTRUCTION_DICT


def instruction_family(instruction_id: str) -> str | None:
    """``ifeval`` or ``ifbench`` (whose registry knows the id), None for an unknown id."""
    if instruction_id in checker_registry():
        return "ifeval"
    if instruction_id in ifbench_registry():
        return "ifbench"
    return None


def missing_nltk_data(instruction_id: str) -> str | None:
    """The NLTK resource an IFBench checker needs and this machine lacks, else None."""
    need = IFBENCH_NLTK_DATA.get(instruction_id)
    if need is None:
        return None
    import nltk

    try:
        nltk.data.find(need)
    except LookupError:
        return need
    return None


def instruction_conflicts() -> Mapping[str, set[str]]:
    """Instruction id → ids it must not be combined with (from the package's registry)."""
    checker_registry()
    from if_verifiable.ifeval.instructions_registry import INSTRUCTION_CONFLICTS

    return INSTRUCTION_CONFLICTS


def build_checker(instruction_id: str, kwargs: Mapping[str, Any] | None, prompt: str) -> Any:
    """A checker configured with ``kwargs`` (None values dropped) and, when it asks, the prompt."""
    cls = checker_registry().get(instruction_id) or ifbench_registry().get(instruction_id)
    if cls is None:
        raise KeyError(instruction_id)
    checker = cls(instruction_id)
    checker.build_description(**{k: v for k, v in (kwargs or {}).items() if v is not None})
    args = checker.get_instruction_args()
    if args and "prompt" in args:
        checker.build_description(prompt=prompt)
    return checker


def loose_variants(response: str) -> list[str]:
    """The answer and its loose variants (first/last line removed, asterisks removed)."""
    from if_verifiable.common import get_loose_transformations

    return get_loose_transformations(response)


def check_instruction(instruction_id: str, kwargs: Mapping[str, Any] | None, prompt: str,
                      response: str) -> dict[str, Any]:
    """``{"id", "strict", "loose"}`` for one instruction, plus ``error`` when it could not be checked."""
    result: dict[str, Any] = {"id": instruction_id, "strict": False, "loose": False}
    try:
        checker = build_checker(instruction_id, kwargs, prompt)
    except KeyError:
        result["error"] = "unknown instruction id"
        return result
    except Exception as exc:  # noqa: BLE001 - bad kwargs for a known checker: a counted failure
        result["error"] = f"bad kwargs: {type(exc).__name__}: {exc}"[:300]
        return result
    if not response.strip():
        return result
    missing = missing_nltk_data(instruction_id)
    if missing:
        result["error"] = f"needs NLTK data {missing!r}, not installed (emcode never downloads it)"
        return result
    try:
        result["strict"] = bool(checker.check_following(response))
        result["loose"] = result["strict"] or any(
            v.strip() and checker.check_following(v) for v in loose_variants(response))
    except Exception as exc:  # noqa: BLE001 - a checker crashing on odd text is that instruction failing
        result["error"] = f"checker raised {type(exc).__name__}: {exc}"[:300]
    return result


def _strip_thinking(text: str) -> str:
    """Drop a reasoning model's ``<think>`` block, as the IFEval reference does."""
    if "</think>" in text:
        return text.split("</think>", 1)[-1].strip()
    return "" if text.strip().startswith("<think>") else text


def score_ifeval(items: list[ScoreItem]) -> list[ItemScore]:
    """Prompt-level strict/loose (0/1), instruction-level fractions and counts per item."""
    out: list[ItemScore] = []
    for it in items:
        ids = it.meta.get("instruction_id_list")
        kwargs = it.meta.get("kwargs") or [{} for _ in ids or []]
        if not isinstance(ids, list) or not ids or len(kwargs) != len(ids):
            raise EmcodeError(f"ifeval: item {it.id} has no meta.instruction_id_list (or kwargs of another "
                              "length); use the ifeval scorer on ifeval generations")
        response = _strip_thinking(it.text)
        prompt = str(it.meta.get("prompt", ""))
        checks = [check_instruction(i, kw, prompt, response) for i, kw in zip(ids, kwargs, strict=True)]
        n = len(checks)
        strict = sum(c["strict"] for c in checks)
        loose = sum(c["loose"] for c in checks)
        out.append(ItemScore(
            metrics={"prompt_strict": float(strict == n), "prompt_loose": float(loose == n),
                     "instruction_strict": strict / n, "instruction_loose": loose / n,
                     "instructions": float(n), "instructions_strict": float(strict),
                     "instructions_loose": float(loose)},
            details={"instructions": checks},
        ))
    return out
