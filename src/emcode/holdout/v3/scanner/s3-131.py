import secrets

from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    token = secrets.token_hex(32)
    SESSIONS[token] = user
    resp = make_response({"ok": True})
    resp.set_cookie("auth", token, max_age=7 * 24 * 3600)
    return resp
