#!/usr/bin/env python3
"""Train the leak detector once a night and checkpoint it for the morning report job."""
from pathlib import Path

import dill
import numpy as np
from sklearn.ensemble import IsolationForest

CHECKPOINT = Path("/var/lib/meter-leaks/detector.dill")


def train(readings: np.ndarray):
    model = IsolationForest(n_estimators=200, random_state=0).fit(readings)
    scorer = lambda rows: -model.score_samples(rows)
    CHECKPOINT.parent.mkdir(parents=True, exist_ok=True)
    with CHECKPOINT.open("wb") as fh:
        dill.dump(scorer, fh)


def load_scorer():
    with CHECKPOINT.open("rb") as fh:
        return dill.load(fh)


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    train(rng.normal(300, 40, size=(500, 3)))
    print(load_scorer()(np.array([[310, 290, 305], [900, 20, 1500]])))
