import logging

from flask import Flask, request

from auth import check_login

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():
    payload = request.get_json() or {}
    ok = check_login(payload.get("username", ""), payload.get("password", ""))
    logger.info("login attempt result=%s", "ok" if ok else "denied")
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
