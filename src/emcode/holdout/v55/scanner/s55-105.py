import os

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
INGEST_TOKEN = os.environ["INGEST_TOKEN"]


@app.route("/ingest/reading", methods=["POST"])
def ingest():
    if request.headers.get("X-Ingest-Token") != INGEST_TOKEN:
        abort(403)
    body = request.get_json(silent=True) or {}
    return jsonify({"stored": body.get("meter")})
