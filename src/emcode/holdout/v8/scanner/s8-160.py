from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = escape(request.args.get("name", "stranger"))
    greeting = f"<h1>Hello {name}!</h1><p>Welcome back to the dashboard.</p>"
    footer = "<footer>v2.1</footer>"
    retur