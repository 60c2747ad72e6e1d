import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request

from .db import save_reset, send_mail

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    email = request.form.get("email", "")
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    save_reset(email, digest, datetime.now(timezone.utc) + timedelta(minutes=30))
    send_mail(email, f"https://coop.example/reset?t={token}")
    return {"sent": True}
