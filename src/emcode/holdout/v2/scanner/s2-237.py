from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    if "user_id" not in session:
        return redirect("/login")
    target = request.args.get("next", "/")
    return redirect(target)
