import random
import string
from datetime import datetime, timedelta

from .mail import send_mail
from .store import save_reset


def start_password_reset(user):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    save_reset(user.id, token, datetime.utcnow() + timedelta(hours=1))
    send_mail(user.email, "Reset your password", f"https://app.example.com/reset/{token}")
    return token
