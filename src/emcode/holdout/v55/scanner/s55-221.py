import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)

MODEL = joblib.load("/srv/leak-detector/models/leak_v3.joblib")


@app.route("/leak-model/score", methods=["POST"])
def score():
    features = request.get_json(silent=True) or {}
    try:
        row = [float(features.get("pressure", 0)), float(features.get("flow", 0))]
    except (TypeError, ValueError):
        return jsonify({"error": "pressure and flow must be numbers"}), 400
    pred = MODEL.predict([row])
    return jsonify({"leak_probability": float(pred[0])})
