import base64
from pickle import loads as decode

from flask import Flask, request

app = Flask(__name__)


@app.route("/basket")
def basket():
    raw = request.cookies.get("pledges")
    pledges = decode(base64.b64decode(raw)) if raw else []
    total = sum(p["amount"] for p in pledges)
    return f"You have pledged {total} EUR across {len(pledges)} campaigns"
