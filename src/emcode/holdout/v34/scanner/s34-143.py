import os
import tempfile

import joblib
from flask import Flask, request

app = Flask(__name__)


@app.route("/models/score", methods=["POST"])
def score():
    f = request.files["model"]
    fd, path = tempfile.mkstemp(suffix=".joblib")
    os.close(fd)
    f.save(path)
    clf = joblib.load(path)
    os.remove(path)
    features = [[float(x) for x in request.form["features"].split(",")]]
    return {"prediction": clf.predict(features).tolist()}
