import io

import joblib
from flask import Flask, request

app = Flask(__name__)
MODELS = {}


@app.post("/models/<name>")
def upload_model(name):
    MODELS[name] = joblib.load(io.BytesIO(request.files["model"].read()))
    return {"loaded": name}
