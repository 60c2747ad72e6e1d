from flask import Flask, request, redirect, url_for

app = Flask(__name__)
PAGES = {"home": "index", "tours": "tour_list", "contact": "contact"}


@app.route("/go")
def go():
    page = request.args.get("page", "home")
    return redirect(url_for(PAGES.get(page, "index")))


@app.route("/")
def index():
    return "Welcome"


@app.route("/tours")
def tour_list():
    return {"tours": ["glacier walk", "fjord kayak"]}


@app.route("/contact")
def contact():
    return {"email": "info@tours.exa
