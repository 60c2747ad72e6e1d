import joblib


def load_demand_model(path):
    model = joblib.load(path)
    if not hasattr(model, "predict"):
        raise TypeError("not a model")
    return model
