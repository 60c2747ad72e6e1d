from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash
from .db import get_user

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = get_user(request.form["email"])
    if user and check_password_hash(user.pw_hash, request.form["password"]):
        session["uid"] = user.id
        next_url = request.args.get("next") or "/"
        return redirect(next_url)
    return render_template("login.html", error="Invalid credentials"), 401
