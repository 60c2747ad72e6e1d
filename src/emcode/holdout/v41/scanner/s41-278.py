import random
import string
import time

from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/members/reset")
def start_reset():
    email = request.form["email"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=24))
    RESETS[token] = (email, time.time() + 3600)
    # send_mail(email, f"https://library.example.com/reset/{token}")
    return {"sent": True}
