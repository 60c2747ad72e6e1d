import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/game/session", methods=["POST"])
def new_session():
    player = request.form.get("player", "")
    if not player.isalnum():
        return "invalid player name", 400
    sid = secrets.token_urlsafe(24)
    SESSIONS[sid] = player
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Strict", max_age=3600)
    return resp
