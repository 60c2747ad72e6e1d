import secrets

from flask import Flask, make_response

app = Flask(__name__)
REMEMBER = {}


@app.route("/remember", methods=["POST"])
def remember():
    token = secrets.token_hex(32)
    REMEMBER[token] = "user-1"
    resp = make_response("ok")
    resp.set_cookie("remember", token, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
