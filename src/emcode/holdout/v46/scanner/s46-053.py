try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/api/loan-batch", methods=["POST"])
def import_loan_batch():
    batch = pickle.loads(request.get_data())
    count = 0
    for loan in batch:
        count += 1
    return jsonify(imported=count)
