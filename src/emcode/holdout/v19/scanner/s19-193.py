import pickle as pk
from flask import Flask, request, jsonify

app = Flask(__name__)
STATE = {}


@app.route("/state/import", methods=["POST"])
def import_state():
    upload = request.files["state"]
    obj = pk.loads(upload.read())
    STATE.update(obj)
    return jsonify(keys=sorted(STATE)[:50], total=len(ST