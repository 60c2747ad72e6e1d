from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    session["user"] = user
    nxt = request.args.get("next") or url_for("index")
    return redirect(nxt)


@app.route("/")
def index():
    return "ok"
