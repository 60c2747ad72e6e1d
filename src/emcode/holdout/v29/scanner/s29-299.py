import io

import pandas as pd
from flask import Flask, request, jsonify, abort

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 50 * 1024 * 1024


@app.post("/analytics/upload")
def upload_frame():
    f = request.files.get("frame")
    if f is None:
        abort(400)
    try:
        df = pd.read_parquet(io.BytesIO(f.read()))
    except Exception:
        abort(400)
    return jsonify(rows=len(df), columns=list(map(str, df.columns)))
