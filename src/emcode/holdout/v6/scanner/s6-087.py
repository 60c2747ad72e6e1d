import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")

def neutral(s: str) -> str:
    return s.replace("\r", "\\r").replace("\n", "\\n")[:64]

@app.post("/login")
def login():
    user = neutral(request.form.get("user", ""))
    log.warning("failed login for user %s", user)
    return "denied", 401
