from flask import Flask, redirect, request, url_for

app = Flask(__name__)

DESTINATIONS = {"schedule": "schedule", "bookings": "bookings", "home": "home"}


@app.get("/go")
def go():
    dest = DESTINATIONS.get(request.args.get("to", "home"), "home")
    return redirect(url_for(dest))


@app.get("/")
def home():
    return "home"


@app.get("/schedule")
def schedule():
    return "schedule"


@app.get("/bookings")
def bookings():
    return "bookings"
