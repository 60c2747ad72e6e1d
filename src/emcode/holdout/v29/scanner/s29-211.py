import json
import tempfile

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/claims/score-model", methods=["POST"])
def score_with_uploaded_model():
    upload = request.files["model"]
    with tempfile.NamedTemporaryFile(suffix=".joblib") as tmp:
        upload.save(tmp.name)
        model = joblib.load(tmp.name)
    features = json.loads(request.form["features"])
    return jsonify(score=float(model.predict([features])[0]))
