import joblib


def load_grading_model(fileobj):
    model = joblib.load(fileobj)
    if not hasattr(model, "predict"):
        raise TypeError("not a model")
    return model
