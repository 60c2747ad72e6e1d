import io
import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)
DATASETS = {}


@app.post("/datasets/<name>")
def upload_dataset(name):
    blob = request.files["array"].read()
    arr = np.load(io.BytesIO(blob), allow_pickle=True)
    DATASETS[name] = arr
    return jsonify(name=name, shape=list(arr.shape), dtype=str(arr.dtype))


@app.get("/datasets/<name>/mean")
def mean(name):
    return jsonify(mean=float(DATASETS[name].astype(float).mean()))
