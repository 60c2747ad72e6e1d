import os
import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "refill_risk.joblib")
model = joblib.load(MODEL_PATH)


@app.post("/risk")
def risk():
    body = request.get_json(silent=True) or {}
    try:
        features = [float(body["age"]), float(body["days_late"]), float(body["refills"])]
    except (KeyError, TypeError, ValueError):
        return jsonify(error="age, days_late and refills are required numbers"), 400
    return jsonify(risk=float(model.predict_proba([features])[0][1]))
