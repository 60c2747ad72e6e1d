from flask import Flask, make_response, request
from markupsafe import Markup

app = Flask(__name__)


def banner(volunteer):
    return Markup(
        "<header><span>Welcome back, {}</span><a href='/logout'>Log out</a></header>"
    ).format(volunteer)


@app.route("/volunteers/dashboard")
def dashboard():
    who = request.cookies.get("display_name", "volunteer")
    resp = make_response(banner(who) + Markup("<main>No shifts today.</main>"))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
