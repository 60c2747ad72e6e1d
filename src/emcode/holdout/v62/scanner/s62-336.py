import joblib


def load_yield_predictor(path):
    clf = joblib.load(path)
    if not hasattr(clf, "predict"):
        raise TypeError("not a model")
    return clf
