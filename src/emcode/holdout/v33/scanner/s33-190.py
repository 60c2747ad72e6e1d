import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)


@app.post("/login")
def login():
    user = request.form.get("username", "")
    ok = authenticate(user, request.form.get("password", ""))
    logging.info(f"login user={user} success={ok}")
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)


def authenticate(user, password):
    from .accounts import check
    return check(user, password)
