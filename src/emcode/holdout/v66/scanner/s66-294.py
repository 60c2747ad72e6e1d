from flask import Flask, redirect, request, url_for

app = Flask(__name__)
PAGES = {"home": "index", "timetable": "timetable", "fares": "fares"}


@app.get("/go")
def go():
    page = PAGES.get(request.args.get("to", "home"), "index")
    return redirect(url_for(page))


@app.get("/")
def index():
    return "Island Ferries"


@app.get("/timetable")
def timetable():
    return "Timetable"


@app.get("/fares")
def fares():
    return "Fares"
