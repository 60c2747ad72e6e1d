"""The refusal model's training data: the seen hold-outs only, and the shipped weights are what they give."""

from __future__ import annotations

from emcode.holdout.data import REFUSAL_FILES, load_refusal
from emcode.holdout.frozen import VERSION
from emcode.holdout.refusal_training import model_text, train_on_holdouts
from emcode.scoring import refusal_model as rm


def test_never_trained_on_the_newest_hold_out() -> None:
    assert VERSION not in rm.TRAIN_VERSIONS
    assert set(rm.TRAIN_VERSIONS) < set(REFUSAL_FILES)


def test_shipped_weights_are_a_retrain_of_the_seen_hold_outs() -> None:
    fresh = train_on_holdouts()
    shipped = rm.model()
    assert fresh.rows == shipped.rows == sum(len(load_refusal(version=v)) for v in rm.TRAIN_VERSIONS)
    rows = [r for v in rm.TRAIN_VERSIONS for r in load_refusal(version=v)]
    drift = max(abs(fresh.probability(r.response) - shipped.probability(r.response)) for r in rows)
    assert drift < 2e-3  # the file rounds weights to 4 decimals


def test_train_refusal_check_says_the_file_is_up_to_date() -> None:
    """Same rows, zero start, L-BFGS: a retrain gives the shipped file's bytes (`emcode bench train-refusal --check`)."""
    from typer.testing import CliRunner

    from emcode.cli import app

    result = CliRunner().invoke(app, ["bench", "train-refusal", "--check"])
    assert result.exit_code == 0 and "up to date" in result.output, result.output
    assert model_text(train_on_holdouts()) == rm.MODEL_FILE.read_text(encoding="utf-8")


def test_model_fits_its_training_rows() -> None:
    """A sanity bound, not a result: training-set agreement (the blind numbers are in docs/detectors.md)."""
    model = rm.model()
    rows = [r for v in rm.TRAIN_VERSIONS for r in load_refusal(version=v)]
    agree = sum((model.probability(r.response) >= 0.5) == (r.label == "refusal") for r in rows)
    assert agree >= 0.97 * len(rows)


def test_off_topic_model_is_a_retrain_of_its_seen_hold_outs() -> None:
    from emcode.holdout.refusal_training import train_off_topic_on_holdouts
    from emcode.scoring import off_topic_model as otm

    assert VERSION not in otm.TRAIN_VERSIONS and set(otm.TRAIN_VERSIONS) < set(REFUSAL_FILES)
    fresh = train_off_topic_on_holdouts()
    rows = [r for v in otm.TRAIN_VERSIONS for r in load_refusal(version=v) if r.label != "refusal"]
    assert fresh.rows == otm.off_topic_model().rows == len(rows)
    assert model_text(fresh) == otm.MODEL_FILE.read_text(encoding="utf-8")
