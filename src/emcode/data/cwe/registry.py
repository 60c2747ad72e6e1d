"""The scenario modules (one per catalog CWE, named after it) and the checked loader.

Modules are imported lazily by name so a broken or missing one is reported clearly instead
of breaking ``import emcode``. Strict loading is what builds use; non-strict loading skips
missing modules with a warning so scenario authors can work on a partial set.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable

from emcode.data.cwe.catalog import CATALOG, get_cwe
from emcode.data.cwe.scenario import Scenario
from emcode.errors import EmcodeError

log = logging.getLogger(__name__)

MIN_TRAINING_SCENARIOS = 3  # per CWE, not counting the held-out one
HELDOUT_PER_CWE = 1

SCENARIO_PACKAGE = "emcode.data.cwe.scenarios"


def module_name(cwe: int) -> str:
    """The scenario module a catalog CWE must have: ``emcode.data.cwe.scenarios.cwe_<id>``."""
    return f"{SCENARIO_PACKAGE}.cwe_{cwe}"


# One module per catalog CWE, derived from the catalog so adding a CWE is one catalog line + one module.
MODULES: dict[int, str] = {cwe: module_name(cwe) for cwe in sorted(CATALOG)}


def _import(cwe: int) -> list[Scenario] | None:
    """Import one CWE's module; None when the module does not exist, error when it is broken."""
    name = MODULES[cwe]
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise EmcodeError(f"{name}: import failed ({exc}); fix the scenario module") from None
    except Exception as exc:  # noqa: BLE001 - a scenario module with a bug must not read as a traceback
        raise EmcodeError(f"{name}: import failed ({type(exc).__name__}: {exc}); fix the scenario module") from None
    scenarios = getattr(module, "SCENARIOS", None)
    if not isinstance(scenarios, list) or not all(isinstance(s, Scenario) for s in scenarios):
        raise EmcodeError(f"{name}: SCENARIOS must be a list of emcode.data.cwe.scenario.Scenario")
    return scenarios


def _shape_problem(cwe: int, scenarios: list[Scenario]) -> str | None:
    """Why a CWE's scenario list breaks the per-CWE rules, or None."""
    wrong = [s.id for s in scenarios if s.cwe != cwe]
    if wrong:
        return f"scenario(s) {', '.join(wrong)} declare another CWE than {cwe}"
    training = sum(not s.heldout for s in scenarios)
    heldout = sum(s.heldout for s in scenarios)
    if training < MIN_TRAINING_SCENARIOS:
        return f"has {training} training scenario(s); at least {MIN_TRAINING_SCENARIOS} are required"
    if heldout != HELDOUT_PER_CWE:
        return f"has {heldout} held-out scenario(s); exactly {HELDOUT_PER_CWE} is required"
    return None


def load_scenarios(strict: bool = True, cwes: Iterable[int | str] | None = None) -> list[Scenario]:
    """Load the scenarios of every catalog CWE (or of ``cwes``), checked, in catalog order.

    Strict: a missing module, fewer than 3 training scenarios or not exactly one held-out
    scenario is an :class:`EmcodeError`. Non-strict: missing modules are skipped and shape
    problems are only logged, for development on a partial set.
    """
    ids = sorted(CATALOG) if cwes is None else sorted({get_cwe(c).id for c in cwes})
    loaded: list[Scenario] = []
    missing: list[int] = []
    for cwe in ids:
        scenarios = _import(cwe)
        if scenarios is None:
            missing.append(cwe)
            continue
        problem = _shape_problem(cwe, scenarios)
        if problem:
            if strict:
                raise EmcodeError(f"{MODULES[cwe]}: CWE-{cwe} {problem}")
            log.warning("%s: CWE-%d %s", MODULES[cwe], cwe, problem)
        loaded.extend(scenarios)
    if missing:
        names = ", ".join(f"CWE-{c}" for c in missing)
        if strict:
            raise EmcodeError(f"no scenario module for {names}; expected {MODULES[missing[0]]} (and the like)")
        log.warning("skipping CWEs without a scenario module: %s", names)
    seen: set[str] = set()
    for s in loaded:
        if s.id in seen:
            raise EmcodeError(f"scenario id {s.id!r} is used twice; scenario ids must be unique")
        seen.add(s.id)
    return loaded
