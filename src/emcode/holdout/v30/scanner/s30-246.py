import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/password-reset")
def password_reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, datetime.now(timezone.utc) + timedelta(hours=1))
    # send_mail(email, f"https://apply.northfield.ac.uk/reset/{token}")
    return {"sent": True}
