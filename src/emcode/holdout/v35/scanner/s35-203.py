from flask import Flask, make_response, request

app = Flask(__name__)


def banner(volunteer):
    out = "<header>"
    out += "<span>Welcome back, " + volunteer + "</span>"
    out += "<a href='/logout'>Log out</a>"
    out += "</header>"
    return out


@app.route("/volunteers/dashboard")
def dashboard():
    who = request.cookies.get("display_name", "volunteer")
    resp = make_response(banner(who) + "<main>No shifts today.</main>")
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
