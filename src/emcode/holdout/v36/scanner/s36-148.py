from pathlib import Path

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load(Path(__file__).with_name("delay_model.joblib"))


@app.post("/predict-delay")
def predict_delay():
    payload = request.get_json()
    features = [[float(payload["distance_nm"]), float(payload["wind_kn"]), int(payload["teu"])]]
    return jsonify(hours=float(MODEL.predict(features)[0]))
