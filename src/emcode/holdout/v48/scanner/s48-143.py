import os
import tempfile

import joblib
from flask import Flask, request

app = Flask(__name__)


@app.post("/models/score")
def score_with_uploaded_model():
    f = request.files["model"]
    fd, path = tempfile.mkstemp(suffix=".joblib")
    with os.fdopen(fd, "wb") as out:
        out.write(f.read())
    model = joblib.load(path)
    os.remove(path)
    features = [[float(x) for x in request.form["features"].split(",")]]
    return {"prediction": float(model.predict(features)[0])}
