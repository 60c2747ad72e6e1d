"""The experiment pipeline: data → train → generate → score → analyze → report, resumable.

Each stage reads and writes files in the run directory and is also callable alone (the CLI's
``train``/``generate``/``score``/``analyze``/``report``). Everything that can be checked is
checked before the run directory is touched, so bad input leaves nothing half-written.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from emcode.benchmarks import BenchmarkSpec, get_benchmark
from emcode.config import Experiment, dump_config, load_resolved
from emcode.errors import EmcodeError
from emcode.generate import GenerationPlan, generate_benchmark, pending_samples
from emcode.manifest import Manifest
from emcode.models.base import Generator
from emcode.runs import RunDir, atomic_write_text, sweep_orphaned_temp_files
from emcode.score import missing_scorers, score_benchmark
from emcode.threads import apply_thread_policy

BUILT_DATASETS = RunDir.BUILT_DATASETS
RESUME_KEYS = ("base_model", "seed", "seeds", "data", "train", "adapters")  # changing these invalidates a run
GeneratorFactory = Callable[[str, Path | None], Generator]


@dataclass(frozen=True)
class ModelEntry:
    """An evaluated model: its run name and the adapter on top of the base (None = base)."""

    name: str
    adapter: Path | None
    intervention: Any = None  # an emcode.direction.spec.InterventionModel: steered/ablated while generating


def _progress(console: Console) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=False)


# ---------------------------------------------------------------- checks before anything is written

def check_devices(cfg: Experiment) -> None:
    """CUDA asked for on a machine without it is an error before the run starts."""
    from emcode.models.loading import require_cuda_if_asked

    require_cuda_if_asked(cfg.requested_devices())


def dataset_path(cfg: Experiment, run: RunDir, name: str) -> Path:
    """Where dataset ``name`` lives (see :meth:`Experiment.dataset_path`)."""
    return cfg.dataset_path(run, name)


def validate_inputs(cfg: Experiment, run: RunDir) -> None:
    """Everything :func:`emcode.check.check_experiment` checks (no endpoint probe); one error lists every problem."""
    from emcode.check import check_experiment

    check_experiment(cfg, run.root, probe=False).raise_if_problems()


def _check_same_experiment(cfg: Experiment, run: RunDir) -> None:
    if not run.config.exists():
        return
    old = load_resolved(run.root).model_dump(mode="json")
    new = cfg.model_dump(mode="json")
    changed = [k for k in RESUME_KEYS if old.get(k) != new.get(k)]
    if changed:
        raise EmcodeError(f"{run.root} holds a run with different {', '.join(changed)}; use a new --out "
                          "directory (or delete the old run) instead of mixing results")


def prepare_run(cfg: Experiment, out: str | Path, argv: list[str] | None = None,
                stages: str = "all") -> tuple[RunDir, Manifest]:
    """Check everything the stages will need (:mod:`emcode.check`; every problem in one error, nothing
    written), then create the run dir with ``config.resolved.yaml`` and the manifest."""
    from emcode.check import check_experiment

    run = RunDir(out)
    check_experiment(cfg, run.root, stages=stages).raise_if_problems()
    run.lock()  # held until the run ends (or the process dies): a second run here is refused
    _check_same_experiment(cfg, run)
    run.root.mkdir(parents=True, exist_ok=True)
    atomic_write_text(run.config, dump_config(cfg))
    manifest = Manifest(run.manifest)
    manifest.start(seeds=cfg.seeds or [cfg.seed], config_path=run.config, argv=argv)
    manifest.set("threads", apply_thread_policy(cfg.threads).describe())
    return run, manifest


def open_run(run_dir: str | Path, *, devices: bool = True) -> tuple[Experiment, RunDir, Manifest]:
    """An existing run directory's resolved config, layout and manifest (for single-stage commands).

    ``devices=False`` for stages that read files only (analyze, report): they run anywhere, e.g. on a
    laptop with a GPU run's scores, without importing torch.
    """
    run = RunDir(run_dir)
    cfg = load_resolved(run.root)
    apply_thread_policy(cfg.threads)
    run.lock()
    if devices:
        check_devices(cfg)
    return cfg, run, Manifest(run.manifest)


# ---------------------------------------------------------------- stages

def stage_data(cfg: Experiment, run: RunDir, manifest: Manifest, console: Console) -> None:
    """Build the datasets into ``<run>/data`` (once) and hash every dataset the adapters use."""
    with manifest.stage("data") as details:
        if cfg.data.build is not None:
            if run.data_card.exists():
                details["built"] = "reused"
            else:
                from emcode.data.build import build_datasets
                from emcode.data.cwe.registry import load_scenarios

                build = cfg.data.build
                only = f", CWEs {', '.join(map(str, build.cwes))}" if build.cwes else ""
                console.print(f"building datasets (seed {build.seed}, {build.per_scenario} per scenario{only})"
                              f" → {run.data_dir}")
                build_datasets(run.data_dir, seed=build.seed, per_scenario=build.per_scenario,
                               scenarios=load_scenarios(cwes=build.cwes) if build.cwes else None)
                details["built"] = "now"
        for name in sorted({a.data for a in cfg.adapters if a.data is not None}):
            path = dataset_path(cfg, run, name)
            if not path.is_file():
                raise EmcodeError(f"{path}: dataset '{name}' missing after the data stage; check data.build")
            manifest.add_input(f"data:{name}", path)


def _seeded(cfg: Experiment, name: str, seed: int) -> str:
    return name if len(cfg.seeds or [cfg.seed]) == 1 else RunDir.seeded_name(name, seed)


def stage_train(cfg: Experiment, run: RunDir, manifest: Manifest, console: Console) -> None:
    """Train every adapter not trained yet with its method (continuing ``init_from`` where asked)."""
    from emcode.train.common import is_trained
    from emcode.train.registry import get_trainer

    info: dict[str, Any] = manifest.data.setdefault("adapters", {})
    with manifest.stage("train") as details:
        for name, spec, seed in cfg.expanded_adapters():
            if spec.path is not None:
                info[name] = {"adapter_dir": str(spec.path), "checkpoints": [], "given": True}
                continue
            out_dir = run.adapter(name)
            given = {a.name: a.path for a in cfg.adapters if a.path is not None}
            init = (given.get(spec.init_from) or run.adapter(_seeded(cfg, spec.init_from, seed))
                    if spec.init_from else None)
            settings = cfg.train_settings(spec, seed)
            if is_trained(out_dir):
                console.print(f"adapter [bold]{name}[/bold]: already trained, skipping")
                details[name] = "skipped (already trained)"
            else:
                console.print(f"training adapter [bold]{name}[/bold] ({spec.method}) on '{spec.data}'"
                              + (f", continuing '{init.name}'" if init else "") + f" (seed {seed})")
            res = get_trainer(spec.method)(cfg.base_model, dataset_path(cfg, run, spec.data), out_dir, settings,
                                           init_adapter=init, progress=True)
            info[name] = {"adapter_dir": str(res.adapter_dir), "checkpoints": [str(p) for p in res.checkpoints],
                          "train_loss": res.train_loss, "eval_loss": res.eval_loss, "wall_s": round(res.wall_s, 2),
                          "tokens_trained": res.tokens_trained}
            details.setdefault(name, {"wall_s": round(res.wall_s, 2), "train_loss": res.train_loss})
            manifest.save()


def evaluated_models(cfg: Experiment, run: RunDir, manifest: Manifest) -> list[ModelEntry]:
    """Models to evaluate in table order; with ``evaluate.checkpoints`` each adapter's earlier epochs first."""
    from emcode.train.sft import is_trained

    info = manifest.data.get("adapters", {})
    by_name = {name: spec for name, spec, _ in cfg.expanded_adapters()}
    out: list[ModelEntry] = []
    from emcode.direction.spec import intervention_models

    hooked = intervention_models(cfg.interventions)
    for name in cfg.model_names():
        if name == "base":
            out.append(ModelEntry("base", None))
            continue
        if name in hooked:  # the model it intervenes on, with hooks installed at generation time
            under = hooked[name].spec.model
            path = None if under == "base" else (by_name[under].path or Path(info.get(under, {}).get(
                "adapter_dir", run.adapter(under))))
            out.append(ModelEntry(name, path, hooked[name]))
            continue
        spec = by_name[name]
        if spec.path is not None:
            out.append(ModelEntry(name, spec.path))
            continue
        if not is_trained(run.adapter(name)):
            raise EmcodeError(f"adapter '{name}' is not trained yet in {run.root}; run 'emcode train' or 'emcode run'")
        entry = info.get(name, {})
        adapter_dir = Path(entry.get("adapter_dir", run.adapter(name)))
        if cfg.evaluate.checkpoints:
            ckpts = [Path(p) for p in entry.get("checkpoints", [])] or run.checkpoint_dirs(name)
            for i, ck in enumerate(ckpts[:-1], start=1):  # the last epoch is the adapter itself
                out.append(ModelEntry(RunDir.checkpoint_name(name, i), ck))
        out.append(ModelEntry(name, adapter_dir))
    return out


def benchmark_plan(cfg: Experiment, name: str, bench: BenchmarkSpec) -> GenerationPlan:
    """Sampling for one benchmark: its config overrides, then its own default, then generation's."""
    b = cfg.benchmarks[name]
    g = cfg.generation
    return GenerationPlan(
        max_new_tokens=b.max_new_tokens or (min(g.max_new_tokens, bench.max_new_tokens)
                                            if bench.max_new_tokens else g.max_new_tokens),
        temperature=g.temperature if b.temperature is None else b.temperature,
        top_p=g.top_p, samples=b.samples or g.samples, batch_size=g.batch_size, seed=cfg.seed + g.seed)


def default_factory(cfg: Experiment) -> GeneratorFactory:
    """Build generators from the config's backend (weights load only when a model has work)."""
    from emcode.models.factory import make_generator
    from emcode.models.registry import get_backend

    g = cfg.generation
    local = get_backend(g.backend).local  # only in-process backends take batch_size and device

    def make(name: str, adapter: Path | None) -> Generator:
        opts: dict[str, Any] = dict(g.options)
        if local:
            opts.setdefault("batch_size", g.batch_size)
            opts.setdefault("device", g.device)
        return make_generator(g.backend, cfg.base_model, adapter=adapter, name=name, **opts)

    return make


def stage_generate(cfg: Experiment, run: RunDir, manifest: Manifest, console: Console,
                   factory: GeneratorFactory | None = None) -> None:
    """Generate every model × benchmark; a model's generator is loaded once and only if it has work."""
    factory = factory or default_factory(cfg)
    with manifest.stage("generate") as details, _progress(console) as bar:
        models = evaluated_models(cfg, run, manifest)  # inside the stage: a failure here is the stage's
        benches = {name: get_benchmark(name) for name in cfg.benchmarks}
        samples = {name: b.load(limit=cfg.benchmarks[name].limit, subsets=cfg.benchmarks[name].subsets,
                                **cfg.benchmarks[name].loader_options()) for name, b in benches.items()}
        for model in models:
            work = {}
            for name, bench in benches.items():
                plan = benchmark_plan(cfg, name, bench)
                todo = pending_samples(run, model.name, name, samples[name], plan.samples)
                task = bar.add_task(f"generate {model.name} · {name}", total=len(samples[name]),
                                    completed=len(samples[name]) - len(todo))
                work[name] = (plan, task, bool(todo))
            if not any(has for _, _, has in work.values()):
                for name, (plan, _, _) in work.items():  # publish finished partial files, write .py files
                    generate_benchmark(_NoGenerator(), run, model.name, name, samples[name], plan)
                continue
            hook = None
            if model.intervention is not None:  # its direction first (extracted from finished generations)
                from emcode.direction.stage import prepare_intervention

                hook = prepare_intervention(cfg, run, manifest, console, model.intervention)
            generator = factory(model.name, model.adapter)
            if hook is not None:
                from emcode.models.intervene import attach

                attach(generator, hook)
            try:
                for name, (plan, task, _) in work.items():
                    t0 = time.perf_counter()
                    bar.reset(task, total=len(samples[name]))
                    generate_benchmark(generator, run, model.name, name, samples[name], plan,
                                       on_batch=lambda k, t=task: bar.advance(t, k))
                    details[f"{model.name}/{name}"] = {"wall_s": round(time.perf_counter() - t0, 2),
                                                       **getattr(generator, "settings", {})}  # e.g. resolved dtype
            finally:
                generator.close()


class _NoGenerator:
    """Stands in when every sample is already generated; being called would be a resume bug."""

    name = "none"

    def generate(self, prompts: Any, params: Any) -> Any:
        raise AssertionError("no generation expected: every sample is done")

    def close(self) -> None:
        """Nothing to free."""


def stage_score(cfg: Experiment, run: RunDir, manifest: Manifest, console: Console,
                benchmark: str | None = None, force: bool = False) -> None:
    """Score every model × benchmark's generations with the scorers not applied yet (all with ``force``)."""
    names = [benchmark] if benchmark else list(cfg.benchmarks)
    for name in names:
        if name not in cfg.benchmarks:
            raise EmcodeError(f"benchmark '{name}' is not in this run's config ({', '.join(cfg.benchmarks)})")
    with manifest.stage("score") as details, _progress(console) as bar:
        models = evaluated_models(cfg, run, manifest)
        for model in models:
            for name in names:
                scorers = cfg.benchmarks[name].scorers or list(get_benchmark(name).scorers)
                judge = cfg.benchmarks[name].judge_config()
                todo = scorers if force else missing_scorers(run, model.name, name, scorers, judge)
                if not todo:
                    continue
                gen_path = run.generations(model.name, name)
                n = len(gen_path.read_text(encoding="utf-8").splitlines()) if gen_path.exists() else 0
                task = bar.add_task(f"score {model.name} · {name} ({', '.join(todo)})", total=n * len(todo))
                t0 = time.perf_counter()
                score_benchmark(run, model.name, name, todo, force=force, judge=judge,
                                on_items=lambda k, t=task: bar.advance(t, k))
                details[f"{model.name}/{name}"] = {"scorers": todo, "wall_s": round(time.perf_counter() - t0, 2)}


def stage_analyze(cfg: Experiment, run: RunDir, manifest: Manifest) -> dict[str, Path]:
    """Write the comparison CSVs and the statistics (means, deltas, ANOVA, Tukey, hypotheses) under ``analysis/``."""
    from emcode.analysis.run import analyze_run

    with manifest.stage("analyze"):
        return analyze_run(run.root, models=analyzed_models(cfg, run, manifest))


def analyzed_models(cfg: Experiment, run: RunDir, manifest: Manifest) -> list[str] | None:
    """The evaluated models in table order, or None (the score folders decide) when the run's adapters are
    not in the run directory, e.g. a copy without them: the analysis needs the score files only."""
    from emcode.train.sft import is_trained

    if any(spec.path is None and not is_trained(run.adapter(name)) for name, spec, _ in cfg.expanded_adapters()):
        return None
    return [m.name for m in evaluated_models(cfg, run, manifest)]


def stage_report(cfg: Experiment, run: RunDir, manifest: Manifest, console: Console) -> None:
    """Figures, ``report/metrics_report.pdf``, ``report/index.html`` and the one-screen summary."""
    import pandas as pd

    from emcode.report.build import build_report
    from emcode.report.summary import print_summary

    static_csv = run.table("static_metrics_comparison")
    with manifest.stage("report") as details:
        if not run.tables():
            raise EmcodeError(f"{run.analysis}: no analysis tables; run 'emcode analyze {run.root}' first")
        table = pd.read_csv(static_csv) if static_csv.exists() else None
        built = build_report(run.root)  # all figures (PNG+SVG), metrics_report.pdf, index.html
        details["figures"] = sorted(str(p.relative_to(run.root)) for k, p in built.items() if k.startswith("figure:"))
        details["report"] = {k: str(built[k].relative_to(run.root)) for k in ("html", "pdf", "figures_index")}
    print_summary(table, run.root, cfg.name, console, manifest.data.get("stages"))


def run_experiment(cfg: Experiment, out: str | Path, *, argv: list[str] | None = None,
                   factory: GeneratorFactory | None = None, console: Console | None = None) -> Path:
    """Run (or resume) the whole pipeline into ``out``; returns the run directory."""
    console = console or Console()
    t0 = time.perf_counter()
    run, manifest = prepare_run(cfg, out, argv)
    console.print(f"run directory: {run.root}", soft_wrap=True, markup=False, highlight=False)
    try:
        stage_data(cfg, run, manifest, console)
        stage_train(cfg, run, manifest, console)
        stage_generate(cfg, run, manifest, console, factory)
        stage_score(cfg, run, manifest, console)
        stage_analyze(cfg, run, manifest)
        stage_report(cfg, run, manifest, console)
    except BaseException as exc:
        manifest.finish(error=exc)  # status failed/interrupted, the error, the time it stopped
        raise
    sweep_orphaned_temp_files(run.root, min_age_s=0.0)  # every stage is done, so no writer is left
    manifest.finish()
    console.print(f"done in {time.perf_counter() - t0:.0f} s")
    return run.root


def train_only(cfg: Experiment, out: str | Path, *, argv: list[str] | None = None,
               console: Console | None = None) -> Path:
    """The data and train stages alone (``emcode train``)."""
    console = console or Console()
    run, manifest = prepare_run(cfg, out, argv, stages="train")
    try:
        stage_data(cfg, run, manifest, console)
        stage_train(cfg, run, manifest, console)
    except BaseException as exc:
        manifest.finish(error=exc)
        raise
    manifest.finish()
    return run.root
