import json
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def jobs():
    try:
        job = json.loads(request.get_data(as_text=True))
    except ValueError:
        return jsonify(error="JSON expected"), 400
    printer = str(job.get("printer", ""))
    copies = int(job.get("copies", 1))
    return jsonify(status="queued", printer=printer, cop