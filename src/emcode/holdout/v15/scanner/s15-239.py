from flask import Flask, request

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user", "")
    if not user:
        return echo_error("missing user")
    return "ok"


@app.route("/error")
def echo_error(msg=None):
    msg = msg or request.args.get("msg", "unknown error")
    text = "Something went wrong: " + msg
    return text, 400
