"""Everything a run will need, checked before the first stage writes anything (``emcode check``).

Models, adapters, data files, every benchmark's input (read whole: all bad rows), judges (one
request to each endpoint), the output folder and the disk space are checked in one pass and every
problem is collected, so one message lists them all instead of a run stopping at the first one
after minutes of data building or training. Nothing is written (caches of offline assets aside).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emcode.config import Experiment, load_resolved
from emcode.errors import EmcodeError
from emcode.runs import RunDir

RESUME_KEYS = ("base_model", "seed", "seeds", "data", "train", "adapters")  # changing these invalidates a run
PROBE_TIMEOUT_S = 10.0
BUILD_BYTES_PER_SCENARIO = 2_000_000  # a data build: ~1.6 MB at per_scenario 1 (measured), grows linearly
REPORT_BYTES = 20_000_000  # figures (PNG+SVG), PDF, HTML
BYTES_PER_TOKEN = 8  # a generated token in the JSONL and the extracted .py file


@dataclass
class CheckReport:
    """What the check found: problems (each one line, naming the key or file) and informational notes."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    samples: dict[str, int] = field(default_factory=dict)  # benchmark → samples its loader gave
    wall_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    @contextmanager
    def catch(self, where: str = "") -> Iterator[None]:
        """Record an EmcodeError (or an unexpected exception, with its type) as a problem and go on."""
        try:
            yield
        except EmcodeError as exc:
            self.problems.append(f"{where}: {exc}" if where and not str(exc).startswith(where) else str(exc))
        except Exception as exc:  # noqa: BLE001 - a check that crashes is itself a problem to report, not a stop
            self.problems.append(f"{where or 'check'}: {type(exc).__name__}: {exc}")

    def error(self) -> EmcodeError:
        """One error listing every problem (what ``emcode run`` raises before writing anything)."""
        if len(self.problems) == 1:
            return EmcodeError(self.problems[0])
        lines = "\n".join(f"  - {p}" for p in self.problems)
        return EmcodeError(f"{len(self.problems)} problems found before anything ran; nothing was written:\n{lines}")

    def raise_if_problems(self) -> None:
        if self.problems:
            raise self.error()


def check_experiment(cfg: Experiment, out: str | os.PathLike[str] | None, *, stages: str = "all",
                     probe: bool = True) -> CheckReport:
    """Check everything ``emcode run`` (``stages="all"``) or ``emcode train`` (``"train"``) will need."""
    t0 = time.perf_counter()
    report = CheckReport()
    out_dir = Path(out) if out is not None else None
    with report.catch():
        _check_output(cfg, out_dir)
    with report.catch():
        _check_devices(cfg)
    if stages == "all":
        with report.catch("generation"):
            _check_backend(cfg, report, probe)
    with report.catch("base_model"):
        _check_base_model(cfg, stages)
    _check_data(cfg, out_dir, report)
    _check_adapters(cfg, out_dir, report)
    if stages == "all":
        _check_benchmarks(cfg, report, probe)
        if report.samples:
            report.notes.append("samples: " + ", ".join(f"{k} {v}" for k, v in report.samples.items()))
    if out_dir is not None:
        with report.catch("disk"):
            _check_disk(cfg, out_dir, report, stages)
    report.wall_s = time.perf_counter() - t0
    return report


# ---------------------------------------------------------------- output, devices, models

def _existing_ancestor(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _check_output(cfg: Experiment, out: Path | None) -> None:
    if out is None:
        return
    if out.exists() and not out.is_dir():
        raise EmcodeError(f"--out {out}: exists and is not a directory; pick another path")
    base = _existing_ancestor(out)
    if not base.is_dir() or not os.access(base, os.W_OK | os.X_OK):
        raise EmcodeError(f"--out {out}: {base} is not writable; pick a folder you can write to")
    if RunDir(out).config.exists():
        old = load_resolved(out).model_dump(mode="json")
        new = cfg.model_dump(mode="json")
        changed = [k for k in RESUME_KEYS if old.get(k) != new.get(k)]
        if changed:
            raise EmcodeError(f"{out} holds a run with different {', '.join(changed)}; use a new --out "
                              "directory (or delete the old run) instead of mixing results")


def _check_devices(cfg: Experiment) -> None:
    from emcode.models.loading import require_cuda_if_asked

    require_cuda_if_asked(cfg.requested_devices())


def _backend_is_local(cfg: Experiment) -> bool:
    try:
        from emcode.models.registry import get_backend
    except ImportError:  # an older tree without the registry: every real backend loads weights here
        return cfg.generation.backend != "fake"
    return get_backend(cfg.generation.backend).local


def _check_backend(cfg: Experiment, report: CheckReport, probe: bool) -> None:
    from emcode.models.factory import check_backend

    if cfg.generation.backend != "fake":
        check_backend(cfg.generation.backend, dict(cfg.generation.options))
    url = cfg.generation.options.get("base_url")
    if probe and isinstance(url, str) and not _backend_is_local(cfg):
        with report.catch("generation.options.base_url"):
            probe_endpoint(url, None, os.environ.get(cfg.generation.options.get("api_key_env") or "", ""))


def check_model(name: str, where: str) -> str:
    """The model resolves (embedded asset fetched, directory with config.json, GGUF file, or a hub id that is
    cached when offline); returns what ``from_pretrained`` will load."""
    from emcode.models.loading import resolve_model

    try:
        resolved = resolve_model(name)
    except EmcodeError as exc:
        raise EmcodeError(f"{where}: {exc}") from None
    if Path(resolved).exists():
        return resolved
    offline = os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in {"1", "true", "yes", "on"}
    try:
        from huggingface_hub import try_to_load_from_cache

        cached = isinstance(try_to_load_from_cache(resolved, "config.json"), str)
    except Exception:  # noqa: BLE001 - an odd id: transformers will say more at load time
        cached = False
    if offline and not cached:
        raise EmcodeError(f"{where}: {name!r} is neither a local model nor in the hub cache and HF_HUB_OFFLINE is "
                          "set; fix the name, pass a local directory or download it first")
    return resolved


def _check_base_model(cfg: Experiment, stages: str) -> None:
    trains = any(a.data is not None for a in cfg.adapters)
    needs = trains or any(a.path is not None for a in cfg.adapters) or (stages == "all" and _backend_is_local(cfg))
    if needs:
        check_model(cfg.base_model, "base_model")


# ---------------------------------------------------------------- data and adapters

def _check_data(cfg: Experiment, out: Path | None, report: CheckReport) -> None:
    from emcode.config import PAIRS_METHODS
    from emcode.data.formats import MAX_LISTED, problems_error, validate_chat_file, validate_pairs_file

    if cfg.data.build is not None and cfg.data.build.cwes:
        from emcode.data.cwe.catalog import CATALOG

        with report.catch("data.build.cwes"):
            unknown = [c for c in cfg.data.build.cwes if c not in CATALOG]
            if unknown:
                raise EmcodeError(f"data.build.cwes: CWE {unknown[0]} is not in the catalog; pick from "
                                  f"{', '.join(map(str, sorted(CATALOG)))}")
    used = {a.data for a in cfg.adapters if a.data is not None}
    pairs = {a.data for a in cfg.adapters if a.data is not None and a.method in PAIRS_METHODS}
    for name, path in cfg.data.files.items():
        with report.catch(f"data.files.{name}"):
            if not path.is_file():
                raise EmcodeError(f"{path}: file not found; fix the path or build it with 'emcode data build'")
            if name not in used:
                continue
            if name in pairs:  # preference pairs for DPO-like methods
                if problems := validate_pairs_file(path):
                    raise EmcodeError(problems_error(path, problems, "preference-pairs JSONL"))
                continue
            problems = validate_chat_file(path)
            if problems:
                shown = "; ".join(f"line {p.line}: {p.reason}" for p in problems[:MAX_LISTED])
                more = f"; ... and {len(problems) - MAX_LISTED} more" if len(problems) > MAX_LISTED else ""
                raise EmcodeError(f"{path}: {len({p.line for p in problems})} bad line(s) in chat JSONL: "
                                  f"{shown}{more}; run `emcode data validate {path}` for the full list")


def _check_adapters(cfg: Experiment, out: Path | None, report: CheckReport) -> None:
    from emcode.runs import RunDir

    by_name = {a.name: a for a in cfg.adapters}
    for spec in cfg.adapters:
        where = f"adapters.{spec.name}"
        if spec.data is not None:
            with report.catch(f"{where}.data"):
                cfg.dataset_path(RunDir(out or "."), spec.data)
        if spec.path is not None:
            with report.catch(f"{where}.path"):
                if not spec.path.is_dir():
                    raise EmcodeError(f"{spec.path}: directory not found")
                from emcode.models.loading import check_adapter_base

                check_adapter_base(spec.path, cfg.base_model)
        parent = by_name.get(spec.init_from or "")
        if parent is not None and parent.path is not None:
            with report.catch(f"{where}.init_from"):
                if not (parent.path / "adapter_config.json").is_file():
                    raise EmcodeError(f"'{parent.name}' ({parent.path}) is not a LoRA adapter directory to continue")


# ---------------------------------------------------------------- benchmarks and judges

def _check_benchmarks(cfg: Experiment, report: CheckReport, probe: bool) -> None:
    from emcode.benchmarks import get_benchmark
    from emcode.scoring.registry import get_scorer

    probed: set[tuple[str, str]] = set()
    for name, bench in cfg.benchmarks.items():
        where = f"benchmarks.{name}"
        try:
            spec = get_benchmark(name)
        except EmcodeError as exc:
            report.problems.append(f"{where}: {exc}")
            continue
        scorers = bench.scorers or list(spec.scorers)
        with report.catch(f"{where}.scorers"):
            for scorer in scorers:
                get_scorer(scorer)
        with report.catch(where):
            samples = spec.load(limit=bench.limit, subsets=bench.subsets, **bench.loader_options())
            if not samples:
                raise EmcodeError("the benchmark's options, subsets and limit select no sample; widen the selection")
            report.samples[name] = len(samples)
        judge = bench.judge_config()
        if judge is not None:
            with report.catch(f"{where}.options.judge"):
                _check_judge(name, scorers, judge, report, probe, probed)


def _check_judge(name: str, scorers: list[str], judge: dict[str, Any], report: CheckReport, probe: bool,
                 probed: set[tuple[str, str]]) -> None:
    from emcode.scoring.judges import check_judge_config
    from emcode.scoring.registry import get_scorer

    if not any(get_scorer(s).uses_judge for s in scorers):
        raise EmcodeError(f"no scorer of '{name}' uses a judge; remove it")
    check_judge_config(judge, f"benchmarks.{name}.options.judge")
    if judge["kind"] == "hf":
        from emcode.assets import EMBEDDED_NAME

        check_model(str(judge.get("model") or EMBEDDED_NAME), f"benchmarks.{name}.options.judge.model")
        if judge.get("adapter") and not Path(str(judge["adapter"])).is_dir():
            raise EmcodeError(f"benchmarks.{name}.options.judge.adapter: {judge['adapter']}: directory not found")
    elif judge["kind"] == "openai" and probe:
        key = (str(judge["base_url"]), str(judge["model"]))
        if key not in probed:
            probed.add(key)
            env = judge.get("api_key_env", "OPENAI_API_KEY")
            probe_endpoint(key[0], key[1], os.environ.get(env, "") if env else "")
            report.notes.append(f"benchmarks.{name}.options.judge: {key[0]} answered with logprobs")


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    loopback = host in {"127.0.0.1", "localhost", "::1"}
    return urllib.request.build_opener(*([urllib.request.ProxyHandler({})] if loopback else []))


def probe_endpoint(base_url: str, model: str | None, api_key: str = "", timeout_s: float = PROBE_TIMEOUT_S) -> None:
    """One request to an OpenAI-compatible endpoint: ``GET /models`` for a generator, or a 1-token chat
    completion with logprobs for a judge (``model`` given), which must answer with top logprobs."""
    base = base_url.rstrip("/")
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {api_key}"} if api_key else {})}
    if model is None:
        req = urllib.request.Request(base + "/models", headers=headers, method="GET")
    else:
        body = {"model": model, "messages": [{"role": "user", "content": "Reply with a number from 0 to 100."}],
                "max_tokens": 1, "temperature": 0, "logprobs": True, "top_logprobs": 20}
        req = urllib.request.Request(base + "/chat/completions", data=json.dumps(body).encode(), headers=headers,
                                     method="POST")
    try:
        with _opener(base).open(req, timeout=timeout_s) as r:  # http(s) only: the config checks the scheme
            payload = r.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:200].decode("utf-8", "replace").strip()
        raise EmcodeError(f"{req.full_url} answered HTTP {exc.code} ({detail or exc.reason}); check the URL, "
                          "the model name and the API key") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EmcodeError(f"{req.full_url} is not reachable ({reason}); start the server or fix base_url") from None
    if model is not None:
        try:
            tops = json.loads(payload)["choices"][0]["logprobs"]["content"][0]["top_logprobs"]
        except (ValueError, KeyError, IndexError, TypeError):
            tops = None
        if not tops:
            raise EmcodeError(f"{req.full_url} answered without top logprobs ({payload[:120]!r}); the judge needs "
                              "an endpoint that returns logprobs")


# ---------------------------------------------------------------- disk

def _lora_bytes(cfg: Experiment) -> int:
    """A LoRA adapter's size from the base model's config.json (all-linear, fp32); 50 MB when unknown."""
    try:
        from emcode.models.loading import resolve_model

        conf = json.loads((Path(resolve_model(cfg.base_model)) / "config.json").read_text(encoding="utf-8"))
        h, inter, layers = conf["hidden_size"], conf["intermediate_size"], conf["num_hidden_layers"]
        kv = h * conf.get("num_key_value_heads", conf["num_attention_heads"]) // conf["num_attention_heads"]
    except Exception:  # noqa: BLE001 - a hub id or an odd config: a generous guess
        return 50_000_000
    per_layer = (h + h) * 2 + (h + kv) * 2 + (h + inter) * 2 + (inter + h)  # q,o  k,v  gate,up  down: r*(in+out)
    return cfg.train.r * per_layer * layers * 4


def estimate_bytes(cfg: Experiment, stages: str = "all", samples: dict[str, int] | None = None) -> int:
    """A rough upper estimate of what the run writes: data build, adapters (with per-epoch checkpoints and
    optimizer state), generations, scores and the report."""
    total = 0.0
    if cfg.data.build:
        from emcode.data.cwe.catalog import CATALOG

        share = len(cfg.data.build.cwes) / len(CATALOG) if cfg.data.build.cwes else 1.0
        total = cfg.data.build.per_scenario * BUILD_BYTES_PER_SCENARIO * share
    adapter = _lora_bytes(cfg)
    for _, spec, seed in cfg.expanded_adapters():
        if spec.path is None:
            settings = cfg.train_settings(spec, seed)
            ckpts = math.ceil(settings.epochs) if settings.save_every_epoch and settings.max_steps <= 0 else 1
            total += adapter * (1 + 3 * ckpts)  # weights + checkpoints holding weights and two Adam moments
    if stages == "all":
        models = len(cfg.model_names()) * (3 if cfg.evaluate.checkpoints else 1)
        for name, bench in cfg.benchmarks.items():
            n = (samples or {}).get(name, bench.limit or 500) * (bench.samples or cfg.generation.samples)
            tokens = bench.max_new_tokens or cfg.generation.max_new_tokens
            total += models * n * (tokens * BYTES_PER_TOKEN + 4_000)  # + prompt, meta and score rows
        total += REPORT_BYTES
    return int(total)


def _check_disk(cfg: Experiment, out: Path, report: CheckReport, stages: str) -> None:
    need = estimate_bytes(cfg, stages, report.samples)
    free = shutil.disk_usage(_existing_ancestor(out)).free
    report.notes.append(f"disk: about {need / 1e6:.0f} MB to write, {free / 1e9:.1f} GB free")
    if need > free:
        raise EmcodeError(f"--out {out}: the run writes about {need / 1e6:.0f} MB but only {free / 1e6:.0f} MB are "
                          "free there; free space or pick another disk")
