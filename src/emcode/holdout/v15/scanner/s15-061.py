from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

TEMPLATE = "<div class='card'><h1>Welcome back, {}!</h1></div>"


@app.route("/dashboard")
def greet():
    who = escape(request.args.get("name", "guest"))
    html = TEMPLATE.format(who)
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
