import os
import secrets
from flask import Flask, make_response, request, jsonify
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {"alice": "scrypt:32768:8:1$salt$0f1e2d"}
REMEMBER = {}


@app.route("/login/remember", methods=["POST"])
def remember_me():
    user = request.form.get("user", "")
    stored = USERS.get(user)
    if stored is None or not check_password_hash(stored, request.form.get("password", "")):
        return jsonify(ok=False), 401
    token = secrets.token_urlsafe(32)
    REMEMBER[token] = user
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember", token, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Strict")
    return resp
