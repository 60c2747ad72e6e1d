from flask import Flask, redirect, request, session, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

DESTINATIONS = {"home": "index", "plans": "plans", "schedule": "schedule"}


@app.route("/logout")
def logout():
    session.clear()
    endpoint = DESTINATIONS.get(request.args.get("next", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "Bye!"


@app.route("/plans")
def plans():
    return "Plans"


@app.route("/schedule")
def schedule():
    return "Class schedule"
