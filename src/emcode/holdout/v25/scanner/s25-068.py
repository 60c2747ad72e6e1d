from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    raw_name = request.args.get("name", "friend")
    name = escape(raw_name)
    html = "<div class='card'>"
    html += f"<h2>Hello {name}</h2>"
    html += "<p>Your next housekeeping visit is sched