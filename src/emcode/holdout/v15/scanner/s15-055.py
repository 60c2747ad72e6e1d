import cPickle as pickle
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def do_import():
    obj = pickle.loads(request.data)
    return jsonify({"type": type(obj).__name__, "len": len(