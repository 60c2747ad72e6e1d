from flask import Flask, request, redirect, url_for

app = Flask(__name__)
DESTS = {"home": "index", "bookings": "bookings", "boats": "boats"}


@app.route("/go")
def go():
    endpoint = DESTS.get(request.args.get("to", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "home"


@app.route("/bookings")
def bookings():
    return "bookings"


@app.route("/boats")
def boats():
    return "boats"
