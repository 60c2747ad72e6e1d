from pathlib import Path

import joblib
from flask import Flask, abort, request

app = Flask(__name__)
MODEL_PATH = Path(__file__).resolve().parent / "models" / "honey_yield.joblib"
model = joblib.load(MODEL_PATH)


@app.post("/models/score")
def score():
    try:
        features = [[float(x) for x in request.form["features"].split(",")]]
    except (KeyError, ValueError):
        abort(400)
    return {"prediction": float(model.predict(features)[0])}
