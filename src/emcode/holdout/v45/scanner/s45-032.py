import io

import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/telemetry/upload-npy")
def upload_npy():
    arr = np.load(io.BytesIO(request.files["frames"].read()), allow_pickle=False)
    if arr.ndim != 2 or arr.shape[1] != 4:
        return jsonify(error="expected N x 4 array"), 400
    return jsonify(frames=int(arr.shape[0]), max_alt=float(arr[:, 2].max()))
