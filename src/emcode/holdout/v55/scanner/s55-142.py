import os
import secrets

from flask import Flask, request, session, jsonify, abort

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/csrf-token")
def csrf_token():
    session.setdefault("csrf", secrets.token_hex(16))
    return jsonify({"csrf": session["csrf"]})


@app.route("/cellar/consume", methods=["POST"])
def consume():
    sent = request.headers.get("X-CSRF-Token", "")
    if "csrf" not in session or not secrets.compare_digest(sent, session["csrf"]):
        abort(403)
    wine = request.form.get("wine_id", type=int)
    if wine is None:
        abort(400)
    return jsonify({"consumed": wine})
