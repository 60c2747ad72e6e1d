import os
from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
RETURN_PAGES = {"home": "index", "shop": "shop", "account": "account"}


@app.route("/logout")
def logout():
    session.clear()
    endpoint = RETURN_PAGES.get(request.args.get("return_to", "home"), "index")
    return redirect(url_for(endpoint))


@app.route("/")
def index():
    return "home"


@app.route("/shop")
def shop():
    return "shop"


@app.route("/account")
def account():
    return "account"
