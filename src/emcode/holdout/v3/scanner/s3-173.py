import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def submit_job():
    job = jsonpickle.decode(request.get_data(as_text=True))
    return {"queued": getattr(job, "name", "job")}
