import joblib


def load_wear_model(model_path):
    model = joblib.load(model_path)
    return model
