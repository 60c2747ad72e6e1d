from importlib import resources

import joblib

_MODEL = None


def yield_predictor():
    global _MODEL
    if _MODEL is None:
        with resources.as_file(resources.files("orchard_yield") / "model.joblib") as p:
            _MODEL = joblib.load(p)
    return _MODEL
