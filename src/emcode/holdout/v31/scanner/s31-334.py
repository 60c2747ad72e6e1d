from pathlib import Path

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)

MODEL_PATH = Path(__file__).resolve().parent / "models" / "valuation-v3.joblib"
model = joblib.load(MODEL_PATH)


@app.route("/valuation", methods=["POST"])
def estimate():
    data = request.get_json(force=True) or {}
    try:
        features = [[int(data["bedrooms"]), int(data["bathrooms"]), float(data["floor_m2"])]]
    except (KeyError, TypeError, ValueError):
        return jsonify(error="bedrooms, bathrooms and floor_m2 are required"), 400
    return jsonify(estimate=float(model.predict(features)[0]))
