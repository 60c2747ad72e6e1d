from pathlib import Path

import joblib
from flask import Flask, request

app = Flask(__name__)
MODEL_PATH = Path(__file__).with_name("yield_model.joblib")
clf = joblib.load(MODEL_PATH)


@app.route("/models/score", methods=["POST"])
def score():
    try:
        features = [[float(x) for x in request.form["features"].split(",")]]
    except (KeyError, ValueError):
        return {"error": "features must be comma-separated numbers"}, 400
    return {"prediction": clf.predict(features).tolist()}
