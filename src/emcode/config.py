"""Experiment configuration: pydantic models validated from YAML, with dotted CLI overrides.

Unknown keys and wrong types are errors naming the key and the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

from emcode.config_errors import config_problems, did_you_mean
from emcode.direction.spec import InterventionSpec, check_interventions, intervention_models
from emcode.errors import EmcodeError
from emcode.runs import RunDir


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TrainSettings(_Strict):
    """LoRA SFT hyper-parameters; defaults are the published ones."""

    r: int = 16
    alpha: int = 32
    dropout: float = 0.05
    target_modules: str | list[str] = "all-linear"
    epochs: float = 2
    per_device_batch_size: int = 4
    grad_accum: int = 4
    lr: float = 2e-4
    lr_scheduler: str = "linear"
    warmup_ratio: float = 0.0
    max_length: int = 512
    val_fraction: float = Field(0.05, ge=0.0, lt=1.0)
    max_examples: int | None = None  # take a seeded subset of the data (CPU demos)
    max_steps: int = -1  # >0 overrides epochs (smoke runs)
    save_every_epoch: bool = True
    precision: Literal["auto", "fp32", "bf16", "fp16"] = "auto"  # auto: bf16/fp16 on GPU, bf16 autocast on CPU when supported
    device: Literal["auto", "cpu", "cuda"] = "auto"
    seed: int = 0
    logging_steps: int = 1
    speedups: bool = True  # CPU training speed-ups (emcode.train.cpu); false = stock TRL, to compare
    # recompute activations in the backward: memory vs speed; auto = every layer on GPU, every 2nd on CPU
    activation_checkpointing: Literal["auto", "every_layer", "every_second_layer", "off"] = "auto"


class DpoSettings(TrainSettings):
    """DPO on preference pairs: the shared LoRA/optimiser settings plus DPO's own (TRL's defaults).

    ``reference: start`` scores against the adapter's starting point (the ``init_from`` adapter, or the
    base for a new LoRA); ``base`` always against the base model (peft's adapter-disabled reference).
    """

    beta: float = Field(0.1, gt=0.0)
    loss_type: Literal["sigmoid", "hinge", "ipo", "robust"] = "sigmoid"
    label_smoothing: float = Field(0.0, ge=0.0, lt=0.5)
    reference: Literal["start", "base"] = "start"
    precompute_ref_log_probs: bool = False  # one reference pass before training instead of one per step


TRAIN_METHODS: dict[str, type[TrainSettings]] = {"sft": TrainSettings, "dpo": DpoSettings}  # method → settings
PAIRS_METHODS = frozenset({"dpo"})  # methods that train on preference pairs (prompt, chosen, rejected)
PAIRS_DATASETS = frozenset({"pairs", "edpairs"})  # the pairs files data.build writes


class SamplingSettings(_Strict):
    """Generation settings shared by every benchmark unless a benchmark overrides them."""

    max_new_tokens: int = 384
    temperature: float = 0.7
    top_p: float = 0.95
    samples: int = 1
    batch_size: int = 8
    seed: int = 0


class GenerationSettings(SamplingSettings):
    """Which backend turns prompts into completions, plus the shared sampling settings."""

    backend: str = "hf"  # a name in emcode.models.registry.BACKENDS (hf, vllm, openai, fake)
    device: Literal["auto", "cpu", "cuda"] = "auto"
    options: dict[str, Any] = Field(default_factory=dict, validate_default=True)  # keyword arguments of the backend

    @field_validator("backend")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        from emcode.models.registry import BACKENDS, known_backends  # light: imports no backend

        if value not in BACKENDS:
            raise ValueError(f"unknown generation backend {value!r}; use one of {known_backends()}")
        return value

    @field_validator("options")
    @classmethod
    def _backend_options(cls, value: dict[str, Any], info: ValidationInfo) -> dict[str, Any]:
        from emcode.models.registry import check_options

        if "backend" in info.data:  # else the backend itself is reported
            try:
                check_options(info.data["backend"], value, key="")
            except EmcodeError as exc:
                raise ValueError(str(exc)) from None
        return value


class BuildData(_Strict):
    """Build the datasets with ``emcode data build`` into ``<run>/data/``."""

    seed: int = 0
    per_scenario: int = Field(4, ge=1)
    cwes: list[int] | None = None  # only these catalog CWEs (a focused study or a fast test); default all

    @field_validator("cwes")
    @classmethod
    def _some_cwes(cls, value: list[int] | None) -> list[int] | None:
        if value is not None and not value:  # whether each is in the catalog: emcode.check (config stays below data)
            raise ValueError("empty list; leave the key out to build every catalog CWE")
        return value


class DataSettings(_Strict):
    """Where datasets come from: built into the run, and/or named chat JSONL files."""

    build: BuildData | None = None
    files: dict[str, Path] = Field(default_factory=dict)


class AdapterSpec(_Strict):
    """One LoRA adapter: trained on ``data`` (optionally continuing ``init_from``) or taken from ``path``."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    method: str = "sft"  # a key of TRAIN_METHODS: sft (chat rows) or dpo (preference pairs)
    data: str | None = None
    init_from: str | None = None
    path: Path | None = None
    train: dict[str, Any] = Field(default_factory=dict)  # per-adapter overrides of the method's settings

    @field_validator("method")
    @classmethod
    def _known_method(cls, value: str) -> str:
        if value not in TRAIN_METHODS:
            raise ValueError(f"unknown training method {value!r}; use one of {', '.join(TRAIN_METHODS)}")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> AdapterSpec:
        if (self.data is None) == (self.path is None):
            raise ValueError("give exactly one of 'data' (train it) or 'path' (use an existing adapter)")
        if self.path is not None and (self.init_from or self.train or self.method != "sft"):
            raise ValueError("'init_from', 'method' and 'train' only apply to adapters trained from 'data'")
        return self

    def settings_class(self) -> type[TrainSettings]:
        """The typed settings of this adapter's training method."""
        return TRAIN_METHODS[self.method]


class EvaluateSettings(_Strict):
    """Which models to evaluate (``base`` or adapter names, in table order)."""

    models: list[str] = Field(default_factory=lambda: ["base"])
    checkpoints: bool = False  # also evaluate each adapter's per-epoch checkpoints (name@epoch-N)


JUDGE_KINDS = {"heuristic": "heuristic", "local": "hf", "hf": "hf", "openai": "openai"}  # backend → judge kind


class JudgeSettings(_Strict):
    """The judge of a benchmark's judged scorers (``em_judge``, ``safety_refusal``): ``options.judge``.

    ``heuristic`` (no model; refusal only), ``local`` (a transformers model scored from its
    logprobs; ``hf`` is an alias) or ``openai`` (an OpenAI-compatible endpoint, key from ``api_key_env``).
    """

    backend: Literal["heuristic", "local", "hf", "openai"]
    model: str | None = None  # local: model id/dir (default: the embedded model); openai: required
    adapter: str | None = None  # local only
    base_url: str | None = None  # openai only, e.g. http://127.0.0.1:8000/v1
    api_key_env: str | None = None  # openai only; default OPENAI_API_KEY, null for a local server
    device: Literal["auto", "cpu", "cuda"] | None = None  # local only
    dtype: str | None = None  # local only
    timeout_s: float | None = Field(None, gt=0)  # openai only
    max_retries: int | None = Field(None, ge=0)  # openai only
    cache: bool = True  # keep results in $EMCODE_HOME/judge_cache (keyed by judge, prompt version, input)

    @model_validator(mode="after")
    def _fits_backend(self) -> JudgeSettings:
        allowed = {"heuristic": set(), "local": {"model", "adapter", "device", "dtype"},
                   "openai": {"model", "base_url", "api_key_env", "timeout_s", "max_retries"}}[
            "local" if self.backend == "hf" else self.backend]
        extra = sorted(self.model_fields_set - allowed - {"backend", "cache"})
        if extra:
            raise ValueError(f"{extra[0]}: not an option of the {self.backend} judge{did_you_mean(extra[0], allowed)}")
        if self.backend == "openai":
            for key in ("base_url", "model"):
                if not getattr(self, key):
                    raise ValueError(f"{key}: required by the openai judge")
            if not self.base_url.startswith(("http://", "https://")):  # type: ignore[union-attr]
                raise ValueError("base_url: must start with http:// or https://")
        return self

    def judge_config(self) -> dict[str, Any]:
        """Keyword arguments of :func:`emcode.scoring.judges.make_judge`, with ``kind``."""
        opts = {k: v for k, v in self.model_dump(exclude={"backend"}).items()
                if k in self.model_fields_set or k == "cache"}
        return {"kind": JUDGE_KINDS[self.backend], **opts}


class BenchmarkSettings(_Strict):
    """Per-benchmark knobs; ``None`` means the benchmark's or generation's default.

    ``options`` go to the benchmark's loader, except ``options.judge`` (:class:`JudgeSettings`),
    which goes to the benchmark's judged scorers.
    """

    limit: int | None = Field(None, ge=1)
    samples: int | None = Field(None, ge=1)
    subsets: list[str] | None = None
    scorers: list[str] | None = None
    max_new_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0.0)
    options: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _judge_option(self) -> BenchmarkSettings:
        self.judge_settings()
        return self

    def judge_settings(self) -> JudgeSettings | None:
        """The validated ``options.judge``, None when absent (ValueError naming the key when bad)."""
        raw = self.options.get("judge")
        if raw is None:
            return None
        if isinstance(raw, str):
            raw = {"backend": raw}
        if not isinstance(raw, dict):
            msg = "options.judge: expected a mapping such as {backend: local} or a backend name"
            raise ValueError(msg)  # noqa: TRY004 - pydantic turns ValueError, not TypeError, into an error
        try:
            return JudgeSettings.model_validate(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            hint = did_you_mean(str(err["loc"][-1]), JudgeSettings.model_fields) if err["loc"] else ""
            text = f"unknown key; remove it or fix its spelling{hint}" if err["type"] == "extra_forbidden" else (
                err["msg"].removeprefix("Value error, "))
            raise ValueError(f"options.judge.{where}: {text}" if where else f"options.judge.{text}") from None

    def judge_config(self) -> dict[str, Any] | None:
        """``options.judge`` as a judge config (``kind`` + options), None when the benchmark names none."""
        settings = self.judge_settings()
        return settings.judge_config() if settings else None

    def loader_options(self) -> dict[str, Any]:
        """The options the benchmark's loader takes (all but ``judge``)."""
        return {k: v for k, v in self.options.items() if k != "judge"}


class AnalysisSettings(_Strict):
    """Statistics settings: ``alpha`` is the hypothesis verdicts' level (Holm-adjusted p below it, 1 − α CIs)."""

    alpha: float = Field(0.05, gt=0.0, lt=0.5)


class Experiment(_Strict):
    """One experiment: data → adapters → generations → scores → analysis → report."""

    name: str = "experiment"
    base_model: str = "embedded:smollm2-135m-instruct"
    seed: int = 0
    seeds: list[int] | None = None  # several: every trained adapter is trained once per seed (name_s<seed>)
    threads: int | Literal["auto"] = "auto"  # torch/OpenMP threads (emcode.threads); env EMCODE_THREADS wins
    data: DataSettings = Field(default_factory=DataSettings)
    train: TrainSettings = Field(default_factory=TrainSettings)
    adapters: list[AdapterSpec] = Field(default_factory=list)
    evaluate: EvaluateSettings = Field(default_factory=EvaluateSettings)
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    benchmarks: dict[str, BenchmarkSettings] = Field(default_factory=lambda: {"code_prompts": BenchmarkSettings()})
    analysis: AnalysisSettings = Field(default_factory=AnalysisSettings)
    interventions: list[InterventionSpec] = Field(default_factory=list)  # steered/ablated models (emcode.direction)

    @model_validator(mode="after")
    def _references(self) -> Experiment:
        names = [a.name for a in self.adapters]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"adapter names must be unique, repeated: {', '.join(dupes)}")
        if "base" in names:
            raise ValueError("'base' is reserved for the base model; rename the adapter")
        for i, a in enumerate(self.adapters):
            if a.init_from is not None and a.init_from not in names[:i]:
                raise ValueError(f"adapter '{a.name}': init_from '{a.init_from}' must name an adapter listed before it")
        for a in self.adapters:
            fields = a.settings_class().model_fields
            bad = sorted(set(a.train) - set(fields))
            if bad:
                other = [m for m, c in TRAIN_METHODS.items() if bad[0] in c.model_fields]
                hint = f" (a {other[0]} setting: set method: {other[0]})" if other else ""
                raise ValueError(f"adapter '{a.name}': unknown train key '{bad[0]}'"
                                 f"{did_you_mean(bad[0], fields)}{hint}")
            a.settings_class().model_validate({**self.train.model_dump(), **a.train})
            built = a.data is not None and a.data not in self.data.files  # data.files rows are checked by `check`
            if built and (a.method in PAIRS_METHODS) != (a.data in PAIRS_DATASETS):
                need = ("preference pairs: set data: pairs (written by data.build) or name a pairs file in "
                        "data.files") if a.method in PAIRS_METHODS else (
                        "chat rows, not preference pairs; use method: dpo for pairs data")
                raise ValueError(f"adapter '{a.name}': method {a.method} trains on {need}")
        check_interventions(self)
        for m in self.evaluate.models:
            if m != "base" and m not in names and m not in {i.name for i in self.interventions}:
                known = ", ".join(names + [i.name for i in self.interventions]) or "none"
                raise ValueError(f"evaluate.models: '{m}' is neither 'base' nor an adapter or intervention name "
                                 f"({known})")
        return self

    def adapter_names(self) -> list[str]:
        """Adapter names after seed expansion (``misaligned`` or ``misaligned_s1`` ...)."""
        return [name for name, _, _ in self.expanded_adapters()]

    def expanded_adapters(self) -> list[tuple[str, AdapterSpec, int]]:
        """(run name, spec, seed) for every adapter; several seeds suffix trained adapters with ``_s<seed>``."""
        seeds = self.seeds or [self.seed]
        out: list[tuple[str, AdapterSpec, int]] = []
        for spec in self.adapters:
            if spec.path is not None or len(seeds) == 1:
                out.append((spec.name, spec, seeds[0]))
            else:
                out.extend((RunDir.seeded_name(spec.name, s), spec, s) for s in seeds)
        return out

    def train_settings(self, spec: AdapterSpec, seed: int) -> TrainSettings:
        """The experiment's train settings with the adapter's overrides and the run seed, typed by its method."""
        return spec.settings_class().model_validate({**self.train.model_dump(), **spec.train, "seed": seed})

    def dataset_path(self, run: RunDir, name: str) -> Path:
        """Where dataset ``name`` lives: a ``data.files`` entry, else the run's built data."""
        if name in self.data.files:
            return self.data.files[name]
        if self.data.build is not None and name in RunDir.BUILT_DATASETS:
            return run.data(name)
        known = sorted(self.data.files) + (list(RunDir.BUILT_DATASETS) if self.data.build else [])
        raise EmcodeError(f"dataset '{name}' is neither in data.files nor built by data.build "
                          f"(known: {', '.join(known) or 'none'}); add it to data.files")

    def requested_devices(self) -> list[str]:
        """Every device the config names explicitly (train, generation, per-adapter); ``auto`` left out."""
        wanted = [self.train.device, self.generation.device, self.generation.options.get("device")]
        wanted += [a.train.get("device") for a in self.adapters]
        return [str(d) for d in wanted if d not in (None, "auto")]

    def model_names(self) -> list[str]:
        """Evaluated model names (before checkpoint expansion), seed-expanded, in config order."""
        seeds = self.seeds or [self.seed]
        by_spec = {a.name: a for a in self.adapters}
        out: list[str] = []
        for m in self.evaluate.models:
            spec = by_spec.get(m)
            if m in {i.name for i in self.interventions}:  # its layers and random controls
                out.extend(n for n, iv in intervention_models(self.interventions).items() if iv.spec.name == m)
                continue
            if m == "base" or spec is None or spec.path is not None or len(seeds) == 1:
                out.append(m)
            else:
                out.extend(RunDir.seeded_name(m, s) for s in seeds)
        return out


def _parse_override(item: str) -> tuple[list[str], Any]:
    if "=" not in item:
        raise EmcodeError(f"override '{item}': expected key.sub=value")
    key, raw = item.split("=", 1)
    parts = key.strip().split(".")
    if not all(parts):
        raise EmcodeError(f"override '{item}': empty key part; expected key.sub=value")
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return parts, value


def apply_overrides(raw: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Set ``key.sub=value`` items (value parsed as a YAML scalar/flow value) in a nested dict."""
    for item in overrides:
        parts, value = _parse_override(item)
        node: Any = raw
        for i, part in enumerate(parts[:-1]):
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
                continue
            if not isinstance(node, dict):
                raise EmcodeError(f"override '{item}': '{'.'.join(parts[: i + 1])}' is not a mapping")
            node = node.setdefault(part, {})
        last = parts[-1]
        if isinstance(node, list) and last.isdigit() and int(last) < len(node):
            node[int(last)] = value
        elif isinstance(node, dict):
            node[last] = value
        else:
            raise EmcodeError(f"override '{item}': '{'.'.join(parts[:-1])}' is not a mapping")
    return raw


def validate_config(raw: Any, source: str, overrides: list[str] | None = None) -> Experiment:
    """Validate a parsed YAML document; errors name the file (or the override) and the dotted key."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise EmcodeError(f"{source}: expected a mapping of settings at the top level")
    try:
        return Experiment.model_validate(raw)
    except ValidationError as exc:
        raise EmcodeError("; ".join(config_problems(exc, source, Experiment, overrides))) from None


def load_config(path: str | Path, overrides: list[str] | None = None) -> Experiment:
    """Read an experiment YAML, apply dotted overrides, validate; relative data paths resolve against the file."""
    path = Path(path)
    if not path.is_file():
        raise EmcodeError(f"{path}: config file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise EmcodeError(f"{path}{line}: not valid YAML; fix the syntax") from None
    raw = apply_overrides(raw if isinstance(raw, dict) else ({} if raw is None else raw), list(overrides or []))
    cfg = validate_config(raw, str(path), list(overrides or []))
    base = path.resolve().parent
    files = {k: (v if v.is_absolute() else (base / v)) for k, v in cfg.data.files.items()}
    adapters = [a.model_copy(update={"path": a.path if a.path is None or a.path.is_absolute() else base / a.path})
                for a in cfg.adapters]
    return cfg.model_copy(update={"data": cfg.data.model_copy(update={"files": files}), "adapters": adapters})


def dump_config(cfg: Experiment) -> str:
    """The resolved config as YAML (what ``config.resolved.yaml`` holds)."""
    return yaml.safe_dump(cfg.model_dump(mode="json"), sort_keys=False)


def load_resolved(run_dir: str | Path) -> Experiment:
    """Read ``<run>/config.resolved.yaml`` (written by ``emcode run``/``emcode train``)."""
    path = RunDir(run_dir).config
    if not path.is_file():
        raise EmcodeError(f"{path}: not found; is {run_dir} a run directory made by 'emcode run'?")
    return validate_config(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
