import json
import pickle
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
MODEL_DIR = Path("/opt/models")
MODELS = {"churn": "churn-v3.pkl", "ltv": "ltv-v1.pkl"}
_cache = {}


def model(name):
    if name not in MODELS:
        abort(404)
    if name not in _cache:
        with open(MODEL_DIR / MODELS[name], "rb") as fh:
            _cache[name] = pickle.load(fh)
    return _cache[name]


@app.route("/predict/<name>", methods=["POST"])
def predict(name):
    features = json.loads(request.get_data(as_text=True))
    return {"score": float(model(name).predict([features["x"]])[0])}
