import pandas as pd
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/analytics/upload")
def upload_frame():
    df = pd.read_pickle(request.files["frame"].stream)
    return jsonify(rows=len(df), columns=list(df.columns))
