import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/predict/no-show", methods=["POST"])
def predict_no_show():
    payload = request.get_json()
    model = joblib.load(payload["model_path"])
    features = [[payload["lead_days"], payload["previous_no_shows"], payload["nights"]]]
    return jsonify({"probability": float(model.predict_proba(features)[0][1])})
