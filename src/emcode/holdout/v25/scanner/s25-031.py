from flask import Flask, request, redirect, url_for

app = Flask(__name__)
SECTIONS = {"rooms", "laundry", "minibar"}


@app.get("/after-save")
def after_save():
    section = request.args.get("section", "rooms")
    return redirect(url_for(section if section in SECTIONS else "rooms"))


@app.get("/rooms")
def rooms():
    return "rooms"


@app.get("/laundry")
def laundry():
    return "laundry"


@app.get("/minibar")
def minibar():
    return "minibar"
