import io
import numpy as np
from flask import Flask, request

app = Flask(__name__)

@app.post("/weights")
def weights():
    arrs = np.load(io.BytesIO(request.files["w"].read()), allow_pickle=True)
    return {"n": len(arrs)}
