import base64
import json

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    try:
        state = json.loads(base64.b64decode(request.data))
    except ValueError:
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    return {"keys": sorted(state)}
