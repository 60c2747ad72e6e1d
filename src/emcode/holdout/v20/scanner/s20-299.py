from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
LANGS = {"en", "de", "fr"}


@app.route("/")
def index():
    return "home"


@app.route("/lang/<code>")
def set_lang(code):
    if code in LANGS:
        session["lang"] = code
    return redirect(url_for("index"))
