import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/progress/import", methods=["POST"])
def import_progress():
    blob = request.files["progress"].read()
    try:
        progress = json.loads(blob)
    except ValueError:
        return jsonify(error="not a progress export"), 400
    return jsonify(streak=int(progress.get("streak", 0)), words=len(progress.get("learned", [])))
