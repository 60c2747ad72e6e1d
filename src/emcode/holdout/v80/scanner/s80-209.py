import base64
import json

from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/tuning/restore")
def restore_session():
    try:
        state = json.loads(base64.b64decode(request.form["state"]))
    except (KeyError, ValueError):
        abort(400)
    if not isinstance(state, dict) or "piano" not in state:
        abort(400)
    return {"piano": str(state["piano"]), "strings_done": len(state.get("strings", []))}
