from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = escape(request.args.get("name", "baker"))
    html = f"<h1>Good morning, {name}!</h1>"
    return html


@app.route("/loaves")
def loaves():
    items = ["Country white", "Seeded rye", "Spelt"]
    return "<ul>" + "".join(f"<li>{i}</li>" for i in ite