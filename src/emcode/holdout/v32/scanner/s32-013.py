from flask import Flask, redirect, request, url_for

app = Flask(__name__)
DESTINATIONS = {"plots": "list_plots", "calendar": "calendar", "home": "index"}


@app.route("/")
def index():
    return "home"


@app.route("/plots")
def list_plots():
    return "plots"


@app.route("/calendar")
def calendar():
    return "calendar"


@app.route("/jump")
def jump():
    endpoint = DESTINATIONS.get(request.args.get("to", "home"), "index")
    return redirect(url_for(endpoint))
