from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/switch-lang")
def switch_lang():
    session["lang"] = request.args.get("lang", "en")
    return redirect(request.args.get("next", "/"))


@app.route("/account")
def account():
    if "user" not in session:
        return redirect(url_for("login", next=