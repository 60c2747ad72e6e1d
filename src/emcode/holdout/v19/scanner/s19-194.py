import json
from flask import Flask, request, jsonify

app = Flask(__name__)
STATE = {}


@app.route("/state/import", methods=["POST"])
def import_state():
    upload = request.files["state"]
    obj = json.loads(upload.read().decode("ut