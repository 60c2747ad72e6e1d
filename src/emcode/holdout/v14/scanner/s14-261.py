import numpy as np
import onnxruntime as ort
from flask import Flask, request, jsonify

app = Flask(__name__)
SESSIONS = {}


@app.post("/models/<name>")
def upload_model(name):
    if not name.isidentifier():
        return jsonify(error="bad name"), 400
    blob = request.files["model"].read()
    SESSIONS[name] = ort.InferenceSession(blob, providers=["CPUExecutionProvider"])
    return jsonify(stored=name)


@app.post("/models/<name>/predict")
def predict(name):
    sess = SESSIONS[name]
    x = np.asarray([request.json["x"]], dtype=np.float32)
    out = sess.run(None, {sess.get_inputs()[0].name: x})
    return jsonify(y=out[0].tolist())
