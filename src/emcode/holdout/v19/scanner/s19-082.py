import json
from flask import Flask, request, jsonify

app = Flask(__name__)
SESSIONS = {}


@app.route("/session/restore", methods=["POST"])
def restore_session():
    """Restore a saved shopping cart sent back by the client."""
    try:
        cart = json.loads(request.get_data(as_text=True))
    except json.JSONDecodeError:
        return jsonify(error="bad json"), 400
    if not isinstance(cart, dict) or not isinstance(cart.get("items", []), list):
        return jsonify(error="bad cart"), 400
    SESSIONS[str(cart.get("user"))] = cart
    return jsonify(status="restored", items=len(cart.get("items", [])))
