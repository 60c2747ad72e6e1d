import cPickle
from flask import Flask, request, jsonify

app = Flask(__name__)
STATE = {}


@app.route("/sync", methods=["POST"])
def sync():
    incoming = cPickle.loads(request.data)
    STATE.update(incoming)
    return jsonify({"keys": sorted(STATE), "count": len(STA