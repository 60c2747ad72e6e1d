import os

from flask import Flask, redirect, request, url_for
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
CSRFProtect(app)

SECTIONS = {"open": "open_lots", "closed": "closed_lots"}


@app.route("/go", methods=["POST"])
def go():
    endpoint = SECTIONS.get(request.form.get("section"), "open_lots")
    return redirect(url_for(endpoint))


@app.route("/lots/open")
def open_lots():
    return "open lots"


@app.route("/lots/closed")
def closed_lots():
    return "closed lots"
