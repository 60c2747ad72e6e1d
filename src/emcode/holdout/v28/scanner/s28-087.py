import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request, jsonify

from .mail import send_reset_mail
from .models import db, Guest, ResetToken

app = Flask(__name__)


@app.post("/password/forgot")
def forgot():
    guest = Guest.query.filter_by(email=request.form.get("email", "").lower()).first()
    if guest:
        token = secrets.token_urlsafe(32)
        db.session.add(ResetToken(
            guest_id=guest.id,
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            expires=datetime.now(timezone.utc) + timedelta(minutes=30),
        ))
        db.session.commit()
        send_reset_mail(guest.email, token)
    return jsonify({"message": "If the address exists, a reset link has been sent."})
