from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/fridges/hello")
def hello():
    name = escape(request.args.get("name", "neighbour"))
    body = f"<p>Hello {name}, thanks for checking the fridge!</p>"
    return body


@app.route("/fridges/rules")
def rules():
    return "<ol><li>No alcohol</li><li>Label homemade food with the da