from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("user")
    if user and request.form.get("password") == lookup_password(user):
        session["user"] = user
        target = request.args.get("next") or "/"
        return redirect(target)
    return "bad credentials", 401


def lookup_password(user):
    return None
