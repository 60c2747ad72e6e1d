import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request
from .mail import send_mail
from .db import save_reset_token

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    save_reset_token(email, digest, datetime.now(timezone.utc) + timedelta(hours=1))
    send_mail(email, "Reset your password", f"https://portal.example/reset/{token}")
    return {"sent": True}
