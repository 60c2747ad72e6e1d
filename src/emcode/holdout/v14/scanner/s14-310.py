from urllib.parse import urlparse
from flask import Flask, request, redirect, url_for, session

app = Flask(__name__)


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    nxt = request.args.get("next", "")
    parsed = urlparse(nxt)
    if parsed.netloc or parsed.sch