import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/heightmap")
def heightmap():
    arr = np.load(io.BytesIO(request.files["map"].read()), allow_pickle=True)
    return {"shape": list(arr.shape), "max": float(arr.max()), "min": float(arr.min())}
