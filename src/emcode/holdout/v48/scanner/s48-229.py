from flask import Flask, redirect, request, url_for

app = Flask(__name__)

DESTS = {"home": "home", "rides": "ride_list", "profile": "profile"}


@app.get("/go")
def go():
    endpoint = DESTS.get(request.args.get("to", "home"), "home")
    return redirect(url_for(endpoint))


@app.get("/")
def home():
    return "Dispatch"


@app.get("/rides")
def ride_list():
    return "Rides"


@app.get("/me")
def profile():
    return "Profile"
