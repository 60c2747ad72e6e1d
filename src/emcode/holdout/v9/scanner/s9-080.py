import hashlib
import logging
from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
log = logging.getLogger("auth")
USERS: dict[str, str] = {}


def user_ref(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:10]


@app.post("/api/login")
def api_login():
    body = request.get_json() or {}
    user = str(body.get("username", ""))
    pw = str(body.get("password", ""))
    stored = USERS.get(user)
    if stored is None or not check_password_hash(stored, pw):
        log.info("login failed user_ref=%s", user_ref(user))
        return {"ok": False}, 401
    return {"ok": True}
