import json

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/api/restore", methods=["POST"])
def restore_state():
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    if not isinstance(state, dict):
        abort(400)
    return {"restored_keys": sorted(state)}
