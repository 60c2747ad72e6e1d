import onnxruntime as ort
import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/models/upload", methods=["POST"])
def upload_model():
    data = request.files["model"].read()
    if len(data) > 50 * 1024 * 1024:
        return jsonify(error="model too large"), 413
    sess = ort.InferenceSession(data)
    name = sess.get_inputs()[0].name
    preds = sess.run(None, {name: np.array([[0.1, 0.2, 0.3]], dtype=np.float32)})
    return jsonify(prediction=preds[0].tolist())
