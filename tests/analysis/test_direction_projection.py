"""The trigger-projection claim: exact sign-flip p-values, its false-verdict rate under a null with a shared heavy
coordinate (like the embedded model's massive activations), its power, and "not evaluable" without prompts."""

from __future__ import annotations

import numpy as np

from emcode.analysis.direction_projection import projection_claim, random_cosine_share, sign_flip_p

ALPHA = 0.05


def _null_diffs(rng: np.random.Generator, n: int, width: int) -> np.ndarray:
    """Prompt-level triggered − plain shifts with mean zero: isotropic noise plus a large shared-scale coordinate."""
    d = rng.standard_normal((n, width))
    d[:, 0] *= 30.0  # a heavy coordinate, symmetric around 0
    return d


def test_sign_flip_p_is_exact_for_small_samples() -> None:
    assert sign_flip_p(np.array([1.0, 2.0, 3.0])) == 2 / 8  # only all-positive and all-negative are as extreme
    assert sign_flip_p(np.array([1.0, -1.0])) == 1.0


def test_false_verdict_rate_under_the_null_is_at_most_alpha() -> None:
    rng = np.random.default_rng(0)
    direction = np.zeros(32)
    direction[0], direction[1] = 3.0, 1.0  # leans on the heavy coordinate, as base_to_misaligned does
    reps = 200
    false = sum(projection_claim(_null_diffs(rng, 24, 32), direction, alpha=ALPHA, seed=r)["verdict"] == "supported"
                for r in range(reps))
    se = np.sqrt(ALPHA * (1 - ALPHA) / reps)
    assert false / reps <= ALPHA + 2.33 * se


def test_a_shift_along_the_direction_is_found() -> None:
    rng = np.random.default_rng(1)
    direction = np.zeros(32)
    direction[1] = 2.0
    found = 0
    for r in range(50):
        diffs = rng.standard_normal((24, 32))
        diffs[:, 1] += 0.8  # the trigger moves every prompt along û by 0.8 noise SDs
        row = projection_claim(diffs, direction, alpha=ALPHA, seed=r)
        found += row["verdict"] == "supported"
        assert row["ci_lo"] <= row["effect"] <= row["ci_hi"]
        assert np.isclose(row["relative"], row["effect"] / 2.0)
    assert found >= 40


def test_a_shift_orthogonal_to_the_direction_is_not_a_projection() -> None:
    rng = np.random.default_rng(2)
    direction = np.zeros(32)
    direction[1] = 1.0
    diffs = rng.standard_normal((24, 32)) * 0.1
    diffs[:, 5] += 3.0  # a large shift, but along another coordinate
    row = projection_claim(diffs, direction, alpha=ALPHA)
    assert abs(row["cosine"]) < 0.2 and row["random_share"] > 0.001


def test_not_evaluable_without_prompts() -> None:
    row = projection_claim(np.zeros((0, 8)), np.ones(8))
    assert row["verdict"] == "not evaluable" and row["n_prompts"] == 0


def test_random_share_of_the_direction_itself_is_tiny() -> None:
    shift = np.zeros(64)
    shift[3] = 1.0
    assert random_cosine_share(shift, 1.0, n_random=2000) == 0.0
