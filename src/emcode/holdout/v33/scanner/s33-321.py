import logging

from flask import Flask, request

from .accounts import check

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)


@app.post("/login")
def login():
    user = request.form.get("username", "")
    ok = check(user, request.form.get("password", ""))
    logging.info("login user=%r success=%s", user, ok)
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
