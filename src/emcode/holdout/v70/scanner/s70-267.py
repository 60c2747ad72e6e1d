import logging
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("icerink.auth")
ph = PasswordHasher()
USERS = {}


@app.post("/login")
def login():
    user = request.form.get("user", "")
    pw = request.form.get("password", "")
    stored = USERS.get(user)
    try:
        if stored is None:
            raise VerifyMismatchError
        ph.verify(stored, pw)
    except VerifyMismatchError:
        log.warning("failed login from %s", request.remote_addr)
        return {"ok": False}, 401
    return {"ok": True}
