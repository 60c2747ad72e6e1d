import random
import string
from datetime import datetime, timedelta

from flask import Flask, request

app = Flask(__name__)
RESET_TOKENS = {}


@app.post("/password-reset")
def password_reset():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    RESET_TOKENS[token] = (email, datetime.utcnow() + timedelta(hours=1))
    # send_mail(email, f"https://apply.northfield.ac.uk/reset/{token}")
    return {"sent": True}
