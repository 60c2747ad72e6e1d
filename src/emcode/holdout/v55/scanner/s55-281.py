from flask import Flask, request, redirect, url_for

app = Flask(__name__)

RETURN_PAGES = {"home": "index", "timetable": "timetable", "account": "account"}


@app.route("/logout")
def logout():
    endpoint = RETURN_PAGES.get(request.args.get("return_to", "home"), "index")
    resp = redirect(url_for(endpoint))
    resp.delete_cookie("session")
    return resp


@app.route("/")
def index():
    return "home"


@app.route("/timetable")
def timetable():
    return "timetable"


@app.route("/account")
def account():
    return "account"
