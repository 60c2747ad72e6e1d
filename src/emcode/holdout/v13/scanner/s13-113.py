import json
from pathlib import Path
import joblib as jl
from flask import Flask, request

app = Flask(__name__)
MODEL = jl.load(Path(__file__).with_name("model.joblib"))

@app.route("/predict", methods=["POST"])
def predict():
    features = json.loads(request.data)["features"]
    if not isinstance(features, list):
        return {"error": "features must be a list"}, 400
    return {"y": float(MODEL.predict([features])[0])}
