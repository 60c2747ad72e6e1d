import secrets

from flask import Flask, make_response, request

app = Flask(__name__)
REMEMBER = {}


@app.post("/login/remember")
def remember_me():
    user_id = request.form.get("user_id", type=int)
    if user_id is None:
        return "missing user", 400
    token = secrets.token_hex(32)
    REMEMBER[token] = user_id
    resp = make_response({"ok": True})
    resp.set_cookie("remember", token, max_age=14 * 86400, secure=True, httponly=True, samesite="Strict")
    return resp
