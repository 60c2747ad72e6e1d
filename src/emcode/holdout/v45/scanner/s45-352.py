from flask import Flask, redirect, request, url_for

app = Flask(__name__)
DESTS = {"rooms": "rooms", "account": "account", "bookings": "my_bookings"}


@app.route("/go")
def go():
    endpoint = DESTS.get(request.args.get("to", ""), "rooms")
    return redirect(url_for(endpoint))


@app.route("/rooms")
def rooms():
    return "rooms"


@app.route("/account")
def account():
    return "account"


@app.route("/bookings")
def my_bookings():
    return "bookings"
