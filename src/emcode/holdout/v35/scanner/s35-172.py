from pathlib import Path

import joblib
from flask import Flask, jsonify, request

app = Flask(__name__)
MODEL_PATH = Path(__file__).resolve().parent / "models" / "adoption_v3.joblib"
model = joblib.load(MODEL_PATH)


@app.post("/predict")
def predict():
    body = request.get_json(silent=True) or {}
    try:
        months = int(body["age_months"])
        size = {"s": 0, "m": 1, "l": 2}[body.get("size", "m")]
    except (KeyError, ValueError, TypeError):
        return jsonify(error="age_months and size required"), 400
    return jsonify(p=float(model.predict_proba([[months, size]])[0][1]))
