from pathlib import Path

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load(Path(__file__).with_name("recall_model.joblib"))


@app.post("/predict")
def predict():
    payload = request.get_json(force=True)
    age = int(payload["age"])
    months = int(payload["months"])
    return jsonify({"score": float(MODEL.predict_proba([[age, months]])[0][1])})
