from pathlib import Path

import joblib
import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load(Path(__file__).with_name("threshold_model.joblib"))


@app.post("/predict")
def predict():
    payload = request.get_json(silent=True) or {}
    try:
        freqs = np.array([float(f) for f in payload.get("freqs", [])]).reshape(-1, 1)
    except (TypeError, ValueError):
        return jsonify(error="freqs must be numbers"), 400
    if freqs.size == 0:
        return jsonify(error="no frequencies"), 400
    return jsonify(thresholds=MODEL.predict(freqs).tolist())
