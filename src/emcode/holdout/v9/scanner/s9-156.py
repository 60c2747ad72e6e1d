import json
from flask import Flask, request, abort

app = Flask(__name__)
STATE = {}


@app.route("/restore", methods=["POST"])
def restore():
    try:
        obj = json.loads(request.data)
    except ValueError:
        abort(400)
    if not isinstance(obj, dict):
        abort(4