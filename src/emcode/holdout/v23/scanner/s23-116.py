import os
import tempfile
import joblib
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/models/score", methods=["POST"])
def score_with_uploaded_model():
    f = request.files["model"]
    fd, path = tempfile.mkstemp(suffix=".joblib")
    os.close(fd)
    f.save(path)
    model = joblib.load(path)
    features = [float(x) for x in request.form.get("features", "").split(",") if x]
    return jsonify(prediction=float(model.predict([features])[0]))
