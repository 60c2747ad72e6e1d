from flask import Flask, request, redirect, url_for

app = Flask(__name__)
DESTINATIONS = {"dashboard": "dashboard", "billing": "billing_home", "help": "help_page"}


@app.route("/continue")
def cont():
    key = request.args.get("to", "dashboard")
    endpoint = DESTINATIONS.get(key, "dashboard")
    return redirect(url_for(endpoint))


@app.route("/dashboard")
def dashboard():
    return "dash"


@app.route("/billing")
def billing_home():
    return "billing"


@app.route("/help")
def help_page():
    return "help"
