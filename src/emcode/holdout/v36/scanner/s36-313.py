import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/predict-delay")
def predict_delay():
    payload = request.get_json()
    model = joblib.load(payload["model_path"])
    features = [[payload["distance_nm"], payload["wind_kn"], payload["teu"]]]
    return jsonify(hours=float(model.predict(features)[0]))
