import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="auth.log", level=logging.INFO)
audit = logging.getLogger("audit")


@app.post("/login")
def login():
    username = request.form.get("username", "")
    if not check(username, request.form.get("password", "")):
        audit.warning("failed login for %r", username[:64])
        return {"ok": False}, 401
    return {"ok": True}


def check(u, p):
    return False
