import joblib


def load_demand_model(path):
    model = joblib.load(path)
    return model
