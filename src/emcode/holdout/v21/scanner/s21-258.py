from flask import Flask, request, session, redirect, url_for, render_template
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/profile", methods=["GET", "POST"])
def profile():
    if "user" not in session:
        return redirect(url_for("login"))
    error = None
    if request.method == "POST":
        nickname = request.form["nickname"]
        if len(nickname) > 32:
            error = f"Nickname {nickname} is too long"
        else:
            session["nick"] = nickname
    return render_template("profile.html", error=error, nick=session.get("nick"))


@app.route("/login")
def login():
    return render_template("login.html")
