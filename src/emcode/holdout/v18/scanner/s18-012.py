import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
SESSIONS = {}


@app.route("/api/session/restore", methods=["POST"])
def restore_session():
    try:
        state = json.loads(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    user = state.get("user")
    if not isinstance(user, str) or not user:
        abort(400)
    SESSIONS[user] = {"user": user, "cart": list(state.get("cart", []))}
    return jsonify(restored=user)
