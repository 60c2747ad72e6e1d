from flask import Flask, redirect, request, url_for

app = Flask(__name__)
TABS = {"menu": "menu", "orders": "orders", "settings": "settings"}


@app.get("/go")
def go():
    tab = TABS.get(request.args.get("tab", ""), "menu")
    return redirect(url_for(tab))


@app.get("/menu")
def menu():
    return "menu"


@app.get("/orders")
def orders():
    return "orders"


@app.get("/settings")
def settings():
    return "settings"
