import cPickle as pickle
from flask import Flask, request, jsonify

app = Flask(__name__)
SESSIONS = {}


@app.route("/session/restore", methods=["POST"])
def restore_session():
    """Restore a saved shopping cart sent back by the client."""
    blob = request.get_data()
    cart = pickle.loads(blob)
    SESSIONS[cart.get("user")] = cart
    return jsonify(status="restored", items=len(cart.get("items", [])))
