import cPickle as pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def jobs():
    job = pickle.loads(request.get_data())
    printer = job.get("printer")
    copies = job.get("copies", 1)
    if copies > 50:
        return "too many copies", 400
    return "queued on %s (%d cop