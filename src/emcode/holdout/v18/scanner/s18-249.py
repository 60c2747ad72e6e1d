try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request

app = Flask(__name__)
QUEUE = []


@app.route("/tasks", methods=["POST"])
def enqueue():
    task = pickle.loads(request.data)
    QUEUE.append(task)
    return {"queued": len(QUE