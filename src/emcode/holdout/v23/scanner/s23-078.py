import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/game/session", methods=["POST"])
def new_session():
    player = request.form.get("player", "")
    sid = secrets.token_urlsafe(24)
    SESSIONS[sid] = player
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid)
    return resp
