import json
from pathlib import Path

import joblib
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
MODEL_DIR = Path("/opt/models").resolve()
MODELS = {p.stem: joblib.load(p) for p in MODEL_DIR.glob("*.joblib")}


@app.route("/predict/<name>", methods=["POST"])
def predict(name: str):
    model = MODELS.get(name)
    if model is None:
        abort(404)
    try:
        features = json.loads(request.get_data(as_text=True))["features"]
        row = [float(x) for x in features]
    except (ValueError, KeyError, TypeError):
        abort(400)
    return jsonify(prediction=model.predict([row]).tolist()[0])
