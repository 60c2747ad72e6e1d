from flask import Flask, request, redirect, session

app = Flask(__name__)

@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["user"]
    dest = request.args.get("next") or "/"
    return redirect(dest)
