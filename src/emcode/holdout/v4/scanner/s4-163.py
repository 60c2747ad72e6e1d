from flask import Flask, request, redirect, session
from werkzeug.security import check_password_hash
from .db import find_user

app = Flask(__name__)


@app.post("/login")
def login():
    user = find_user(request.form["email"])
    if user and check_password_hash(user.pw_hash, request.form["password"]):
        session["uid"] = user.id
        dest = request.args.get("next") or "/"
        return redirect(dest)
    return redirect("/login?error=1")
