import random
import string
from datetime import datetime, timedelta

from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/members/reset")
def start_reset():
    email = request.form["email"]
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESETS[token] = (email, datetime.utcnow() + timedelta(hours=1))
    # mail_reset_link(email, token)
    return {"sent": True}
