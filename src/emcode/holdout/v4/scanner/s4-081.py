from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = escape(request.args.get("name", ""))
    lines = ["<h2>Hi ", str(name), "</h2>"]
    lines.append("<p>Thanks for