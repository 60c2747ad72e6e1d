from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)
DESTINATIONS = {"home": "index", "bookings": "my_bookings", "classes": "class_list"}


@app.route("/logout")
def logout():
    session.clear()
    endpoint = DESTINATIONS.get(request.args.get("return_to", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "Welcome"


@app.route("/bookings")
def my_bookings():
    return {"bookings": []}


@app.route("/classes")
def class_list():
    return {"classes": []}
