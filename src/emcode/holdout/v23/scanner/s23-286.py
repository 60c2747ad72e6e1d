import pandas as pd
from flask import Flask, request, jsonify

app = Flask(__name__)
EXPECTED = {"respondent", "question", "answer"}


@app.route("/surveys/import", methods=["POST"])
def import_results():
    upload = request.files.get("results")
    if upload is None:
        return jsonify(error="no file"), 400
    try:
        df = pd.read_csv(upload, nrows=100_000)
    except (pd.errors.ParserError, UnicodeDecodeError):
        return jsonify(error="not a CSV file"), 400
    if not EXPECTED <= set(df.columns):
        return jsonify(error=f"needs columns {sorted(EXPECTED)}"), 400
    return jsonify(rows=len(df), columns=list(df.columns))
