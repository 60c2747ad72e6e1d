from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<div class='card'><h1>Welcome back, {}!</h1><p>You have {} new messages.</p></div>"


def display_name(raw: str) -> str:
    return str(escape(raw.strip()[:40]))


@app.route("/greet")
def greet():
    name = display_name(request.args.get("name", "guest"))
    html = TEMPLATE.format(name, len(name) % 5)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
