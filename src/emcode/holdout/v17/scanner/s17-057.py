import bleach
from flask import Flask, redirect, request, url_for
from flask_wtf.csrf import CSRFProtect
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)
ENTRIES: list[str] = []


@app.route("/guestbook", methods=["GET"])
def show():
    items = "\n".join(f"<li>{entry}</li>" for entry in ENTRIES[-100:])
    return f"<html><body><h1>Guestbook</h1><ul>{items}</ul></body></html>"


@app.route("/guestbook", methods=["POST"])
def sign():
    text = request.form.get("text", "")[:500]
    cleaned = bleach.cle