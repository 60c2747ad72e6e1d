import random
import string
from datetime import datetime, timedelta

RESET_TOKENS = {}


def create_reset_token(email: str) -> str:
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    RESET_TOKENS[token] = (email, datetime.utcnow() + timedelta(hours=1))
    return token


def send_reset_mail(email: str, mailer) -> None:
    token = create_reset_token(email)
    mailer.send(email, "Reset your password", f"https://app.example.com/reset?t={token}")
