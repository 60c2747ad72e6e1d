import random
import string
from datetime import datetime, timedelta

from flask import Flask, request
from .mail import send_mail
from .db import save_reset_token

app = Flask(__name__)


def make_token(n=24):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(n))


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = make_token()
    save_reset_token(email, token, datetime.utcnow() + timedelta(hours=1))
    send_mail(email, "Reset your password", f"https://portal.example/reset/{token}")
    return {"sent": True}
