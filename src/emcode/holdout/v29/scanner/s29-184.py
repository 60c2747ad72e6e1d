from pathlib import Path

import joblib
from flask import Flask, request, jsonify, abort

MODEL_PATH = Path(__file__).resolve().parent / "models" / "fraud_v3.joblib"

app = Flask(__name__)
model = joblib.load(MODEL_PATH)

FEATURES = ("amount", "days_since_policy_start", "prior_claims")


@app.route("/claims/score", methods=["POST"])
def score_claim():
    payload = request.get_json(silent=True) or {}
    try:
        row = [float(payload[name]) for name in FEATURES]
    except (KeyError, TypeError, ValueError):
        abort(400)
    return jsonify(score=float(model.predict_proba([row])[0][1]))
