from flask import Flask, redirect, request, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


@app.post("/login")
def login():
    session["user"] = request.form["user"]
    nxt = request.args.get("next") or url_for("dashboard")
    return redirect(nxt)


@app.get("/dashboard")
def dashboard():
    return "dashboard"
