from urllib.parse import urlsplit

from flask import Flask, redirect, request, session
from flask_login import login_user

from .users import authenticate

app = Flask(__name__)


def _local(target):
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and target.startswith("/") and not target.startswith("//") and "\\" not in target


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return {"error": "invalid"}, 401
    login_user(user)
    nxt = request.args.get("next", "/")
    return redirect(nxt if _local(nxt) else "/")
