import logging

from flask import Flask, request

from auth import check_login

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.route("/api/login", methods=["POST"])
def api_login():
    payload = request.get_json() or {}
    logger.info("login attempt: %s", payload)
    ok = check_login(payload.get("username", ""), payload.get("password", ""))
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
