from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/switch-lang")
def switch_lang():
    session["lang"] = request.args.get("lang", "en")
    return redirect(request.args.get("next", "/"))


@app.route("/profile")
def profile():
    if "user" not in sess