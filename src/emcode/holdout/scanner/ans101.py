from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("password") == session.get("expected"):
        session["user"] = request.form["username"]
        return redirect(request.args.get("next", "/"))
    return "bad login", 401
