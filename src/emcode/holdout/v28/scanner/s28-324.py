from pathlib import Path

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load(Path(__file__).with_name("no_show_model.joblib"))


@app.route("/predict/no-show", methods=["POST"])
def predict_no_show():
    payload = request.get_json()
    try:
        features = [[int(payload["lead_days"]), int(payload["previous_no_shows"]), int(payload["nights"])]]
    except (KeyError, TypeError, ValueError):
        return jsonify({"error": "bad input"}), 400
    return jsonify({"probability": float(MODEL.predict_proba(features)[0][1])})
