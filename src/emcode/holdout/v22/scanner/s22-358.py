import os

from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)


@app.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("index"))


@app.post("/settings/notifications")
def notifications():
    session["notify"] = request.form.get("notify") == "on"
    return redirect(url_for("index"))


@app.get("/")
def index():
    return render_template("index.html", notify=session.get("notify", False))
