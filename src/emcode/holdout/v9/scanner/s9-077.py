import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")
USERS = {}


@app.post("/api/login")
def api_login():
    body = request.get_json() or {}
    user = body.get("username", "")
    pw = body.get("password", "")
    if USERS.get(user) != pw:
        log.info("login failed for %s with password %s", user, pw)
        return {"ok": False}, 401
    return {"ok": True}
