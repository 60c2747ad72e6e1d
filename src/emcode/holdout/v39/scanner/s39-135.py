import os
import tempfile

import joblib
from flask import Flask, request

app = Flask(__name__)


@app.route("/predict-yield", methods=["POST"])
def predict_yield():
    upload = request.files["model"]
    fd, tmp = tempfile.mkstemp(suffix=".joblib")
    os.close(fd)
    upload.save(tmp)
    model = joblib.load(tmp)
    os.remove(tmp)
    return {"prediction": float(model.predict([[3.2, 18.0]])[0])}
