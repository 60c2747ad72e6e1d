import os
import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)
MODEL_DIR = "/opt/models"
MODELS = {name: joblib.load(os.path.join(MODEL_DIR, name + ".joblib")) for name in ("churn", "fraud")}


@app.route("/score/<name>", methods=["POST"])
def score(name):
    model = MODELS.get(name)
    if model is None:
        return jsonify(error="unknown model"), 404
    x = [float(v) for v in request.get_json()["x"]]
    return jsonify(score=float(model.predict_proba([x])[0][1]))
