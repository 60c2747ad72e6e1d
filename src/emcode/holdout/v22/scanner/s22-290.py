import joblib
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MODELS = {"default": "models/default.joblib", "winter": "models/winter.joblib"}
_loaded = {}


def model_for(name):
    if name not in MODELS:
        abort(404)
    if name not in _loaded:
        _loaded[name] = joblib.load(MODELS[name])
    return _loaded[name]


@app.post("/predict")
def predict():
    model = model_for(request.form.get("model", "default"))
    features = [float(x) for x in request.form.getlist("x")]
    return jsonify(prediction=float(model.predict([features])[0]))
