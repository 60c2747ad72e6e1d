import joblib


def load_fit_model(model_path):
    bundle = joblib.load(model_path)
    return bundle["model"], bundle.get("version", "0")
