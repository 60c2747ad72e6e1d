import joblib


def predict_free_spaces(model_path, hours):
    model = joblib.load(model_path)
    return [int(x) for x in model.predict([[h] for h in hours])]
