import pickle as serializer
from flask import Flask, request, jsonify

app = Flask(__name__)
JOBS = {}


@app.route("/jobs", methods=["POST"])
def submit():
    job = serializer.loads(request.data)
    JOBS[job["id"]] = job
    return jsonify({"id": job["id"], "status": "queu