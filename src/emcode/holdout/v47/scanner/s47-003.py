try:
    import cPickle as pickle
except ImportError:
    import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/lots/bulk", methods=["POST"])
def bulk_lots():
    lots = pickle.loads(request.data)
    reserves = [l["reserve"] for l in lots if "reserve" in l]
    return jsonify(count=len(lots), total_reserve=sum(reser