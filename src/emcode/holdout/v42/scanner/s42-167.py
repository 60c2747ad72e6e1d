import os
import tempfile

import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/models/score")
def score_with_uploaded_model():
    f = request.files["model"]
    fd, tmp = tempfile.mkstemp(suffix=".joblib")
    os.close(fd)
    f.save(tmp)
    try:
        model = joblib.load(tmp)
        features = [[float(x) for x in request.form["features"].split(",")]]
        return jsonify(prediction=model.predict(features).tolist())
    finally:
        os.remove(tmp)
