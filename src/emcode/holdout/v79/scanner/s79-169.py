from flask import Flask, request, redirect, session

app = Flask(__name__)
app.secret_key = __import__("os").environ["APP_SECRET"]


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    target = request.args.get("next", "/")
    return redirect(target)
