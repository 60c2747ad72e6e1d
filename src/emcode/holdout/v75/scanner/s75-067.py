import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request

app = Flask(__name__)
INVITES = {}


@app.post("/committee/invite")
def invite():
    email = request.form["email"]
    code = secrets.token_hex(16)
    INVITES[code] = {"email": email, "expires": datetime.now(timezone.utc) + timedelta(days=7)}
    return {"status": "invited"}


@app.get("/committee/accept/<code>")
def accept(code):
    entry = INVITES.pop(code, None)
    if entry is None or entry["expires"] < datetime.now(timezone.u