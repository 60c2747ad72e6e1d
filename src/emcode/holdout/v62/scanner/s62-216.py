import random
import secrets

from flask import Flask, request, jsonify

app = Flask(__name__)
RESET = {}
QUEUE = ["Wonderwall", "Dancing Queen", "Valerie", "Mr. Brightside"]


@app.route("/password/forgot", methods=["POST"])
def forgot():
    email = request.json["email"]
    token = secrets.token_urlsafe(32)
    RESET[token] = email
    return jsonify(sent=True)


@app.route("/queue/shuffle")
def shuffle_queue():
    order = QUEUE[:]
    random.shuffle(order)
    return jsonify(order)
