import os

from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
USERS = {}


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    user = USERS.get(request.form.get("username", ""))
    if user and check_password_hash(user["hash"], request.form.get("password", "")):
        session["uid"] = user["id"]
        next_url = request.args.get("next") or "/dashboard"
        return redirect(next_url)
    return render_template("login.html", error="Invalid credentials"), 401
