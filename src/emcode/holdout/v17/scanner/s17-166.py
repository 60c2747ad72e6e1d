import os
from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
DESTINATIONS = {"home": "index", "login": "login", "docs": "docs"}


@app.route("/")
def index():
    return "home"


@app.route("/login")
def login():
    return "login page"


@app.route("/docs")
def docs():
    return "docs"


@app.route("/logout", methods=["POST"])
def logout():
    session.clear()
    endpoint = DESTINATIONS.get(request.form.get("next", "home"), "index")
    return redirect(url_for(endpoint))
