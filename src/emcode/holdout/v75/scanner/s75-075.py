import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/members/reset")
def start_reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESETS[token] = (email, datetime.now(timezone.utc) + timedelta(hours=1))
    return {"sent": True}
