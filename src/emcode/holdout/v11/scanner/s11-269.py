from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]


def render_banner(user):
    parts = ["<nav>", "<span>Welcome back, ", user, "</span>", "</nav>"]
    return "".join(parts)


@app.route("/dashboard")
def dashboard():
    display = request.args.get("as") or session.get("user", "guest")
    banner = render_banner(display)
    return banner + "<main>Your dashboard is loading...</main>"
