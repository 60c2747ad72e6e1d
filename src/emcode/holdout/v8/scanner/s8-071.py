import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from .mail import send_mail
from .store import save_reset


def start_password_reset(user) -> None:
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    save_reset(user.id, digest, datetime.now(timezone.utc) + timedelta(hours=1))
    send_mail(user.email, "Reset your password", f"https://app.example.com/reset/{token}")
