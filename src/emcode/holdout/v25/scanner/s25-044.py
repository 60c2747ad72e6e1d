from flask import Flask, request, redirect, session, render_template
from werkzeug.security import check_password_hash
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
USERS = {}


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        user = USERS.get(request.form["username"])
        if user and check_password_hash(user["hash"], request.form["password"]):
            session["uid"] = user["id"]
            return redirect(request.args.get("next") or "/")
    return render_template("login.html")
