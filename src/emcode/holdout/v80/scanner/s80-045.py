from flask import Flask, redirect, request, url_for

app = Flask(__name__)
PAGES = {"levels": "levels_page", "permits": "permits_page"}


@app.get("/go")
def go():
    return redirect(url_for(PAGES.get(request.args.get("to"), "levels_page")))


@app.get("/levels")
def levels_page():
    return "Car park levels"


@app.get("/permits")
def permits_page():
    return "Permits"
