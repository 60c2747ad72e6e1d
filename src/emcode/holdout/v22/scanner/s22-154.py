import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, request, jsonify

from .store import save_reset, find_user_by_email
from .mailer import send_reset_mail

app = Flask(__name__)


@app.post("/password/forgot")
def forgot_password():
    email = request.json.get("email", "") if request.is_json else ""
    user = find_user_by_email(email)
    if user is not None:
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode()).hexdigest()
        expires = datetime.now(timezone.utc) + timedelta(minutes=30)
        save_reset(user.id, digest, expires)
        send_reset_mail(user.email, token)
    return jsonify(message="If the address exists, a reset link was sent.")
