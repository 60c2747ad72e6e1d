try:
    import cPickle as pickle
except ImportError:
    import pickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/sync", methods=["POST"])
def sync():
    raw = request.get_data()
    if len(raw) > 1_000_000:
        return "too big", 413
    records =