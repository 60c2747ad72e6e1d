import cPickle as pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/jobs/submit", methods=["POST"])
def submit_job():
    job = pickle.loads(request.data)
    priority = job.get("priority", 5)
    queue_name = "high" if priority < 3 else "default"
    return jsonify({"queued": True, "queue": queue_