from pathlib import Path

import joblib
from flask import Flask, request

app = Flask(__name__)
MODEL = joblib.load(Path(__file__).with_name("yield_model.joblib"))


@app.route("/predict-yield", methods=["POST"])
def predict_yield():
    body = request.get_json(silent=True) or {}
    try:
        features = [[float(body["rainfall"]), float(body["temp"])]]
    except (KeyError, TypeError, ValueError):
        return {"error": "rainfall and temp required"}, 400
    return {"prediction": float(MODEL.predict(features)[0])}
