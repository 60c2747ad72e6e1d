import os
from urllib.parse import urlsplit

from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["GYM_SECRET_KEY"]


def _local(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//")


@app.post("/login")
def login():
    session["member"] = request.form["member_id"]
    nxt = request.args.get("next", "")
    return redirect(nxt if _local(nxt) else url_for("dashboard"))


@app.get("/dashboard")
def dashboard():
    return "ok"
