from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.route("/login", methods=["GET"])
def login_form():
    return "<form method='post'><input name='user'><button>Go</button></form>"


@app.route("/oops")
def oops():
    msg = request.args.get("msg", "Something went wrong")
    text = "Error: " + msg + ". Please try again later."
    return text


@app.route("/")
def index():
    return redirect(url_for("login_form"))
