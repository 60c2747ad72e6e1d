from flask import Flask, redirect, request, url_for

app = Flask(__name__)
PAGES = {"home": "index", "catalogue": "catalogue", "visit": "visit"}


@app.route("/")
def index():
    return "home"


@app.route("/catalogue")
def catalogue():
    return "catalogue"


@app.route("/visit")
def visit():
    return "visit"


@app.route("/go")
def go():
    page = PAGES.get(request.args.get("to", "home"), "index")
    return redirect(url_for(page))
