import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/heightmap")
def heightmap():
    arr = np.load(io.BytesIO(request.files["map"].read()), allow_pickle=False)
    if arr.ndim != 2 or arr.size > 4096 * 4096:
        return {"error": "expected a 2-D map"}, 400
    return {"shape": list(arr.shape), "max": float(arr.max()), "min": float(arr.min())}
