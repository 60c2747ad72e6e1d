from flask import Flask, request, session, redirect, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.route("/profile", methods=["GET", "POST"])
def profile():
    if "user" not in session:
        return redirect(url_for("login"))
    html = "<div class='profile'>"
    if request.method == "POST":
        nickname = request.form["nickname"]
        if len(nickname) > 32:
            html += "<p class='err'>Nickname %s is too long</p>" % nickname
        else:
            session["nick"] = nickname
            html += "<p>Saved.</p>"
    html += "</div>"
    return html


@app.route("/login")
def login():
    return "login page"
