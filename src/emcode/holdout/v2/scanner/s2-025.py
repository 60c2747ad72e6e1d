import base64
import json

from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    try:
        state = json.loads(base64.b64decode(request.form["state"]))
    except (ValueError, KeyError):
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    return {"items": len(state.get("cart", []))}
