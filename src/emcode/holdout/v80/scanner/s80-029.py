import random
import secrets

from flask import Flask, request

app = Flask(__name__)
RESET = {}
TIPS = ["Book early for spring tunings", "Keep humidity near 45%", "Close the lid when not playing"]


@app.post("/tuners/reset")
def reset():
    email = request.form["email"]
    token = secrets.token_urlsafe(32)
    RESET[token] = email
    return {"sent": True, "tip": random.choice(TIPS)}
