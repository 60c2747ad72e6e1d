import pandas as pd
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/surveys/import", methods=["POST"])
def import_results():
    upload = request.files["results"]
    df = pd.read_pickle(upload)
    return jsonify(rows=len(df), columns=list(df.columns))
