import pickle as pkl
from flask import Flask, request, jsonify

app = Flask(__name__)
MODELS = {}


@app.post("/models/<name>")
def upload_model(name):
    blob = request.files["model"].read()
    MODELS[name] = pkl.loads(blob)
    return jsonify(stored=name, kind=type(MODELS[name]).__name__)


@app.post("/models/<name>/predict")
def predict(name):
    features = request.json["x"]
    return jsonify(y=MODELS[name].predict([features]).tolist())
