import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL = joblib.load("/opt/survey/models/churn-2026-11.joblib")


@app.route("/models/score", methods=["POST"])
def score():
    raw = request.form.get("features", "")
    try:
        features = [float(x) for x in raw.split(",") if x]
    except ValueError:
        return jsonify(error="features must be numbers"), 400
    if len(features) != MODEL.n_features_in_:
        return jsonify(error="wrong number of features"), 400
    return jsonify(prediction=float(MODEL.predict([features])[0]))
