import io
import numpy as np
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/spectra/summary", methods=["POST"])
def spectra_summary():
    upload = request.files.get("spectrum")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        arr = np.load(io.BytesIO(upload.read(20_000_000)), allow_pickle=False)
    except ValueError:
        return jsonify(error="not a plain .npy array"), 400
    return jsonify(shape=list(arr.shape), mean=float(arr.mean()), peak=float(arr.max()))
