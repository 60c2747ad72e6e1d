from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)

DESTINATIONS = {"home": "index", "catalogue": "catalogue", "account": "account"}


@app.route("/logout")
def logout():
    session.clear()
    endpoint = DESTINATIONS.get(request.args.get("to", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "home"


@app.route("/catalogue")
def catalogue():
    return "catalogue"


@app.route("/account")
def account():
    return "account"
