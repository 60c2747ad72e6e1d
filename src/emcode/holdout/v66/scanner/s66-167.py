from html import escape
from flask import Flask, request

app = Flask(__name__)


@app.get("/dispatch/riders")
def riders():
    names = request.args.getlist("rider")
    items = ["<li>" + escape(n) + "</li>" for n in names]
    return "<ul>" + "".join(items) + "</ul>"
