from flask import Flask, redirect, request, url_for

app = Flask(__name__)
DESTS = {"home": "index", "fleet": "fleet", "bookings": "bookings"}


@app.route("/go")
def go():
    endpoint = DESTS.get(request.args.get("to", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "home"


@app.route("/fleet")
def fleet():
    return "fleet"


@app.route("/bookings")
def bookings():
    return "bookings"
