from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
LANGS = {"en", "de", "fr"}


@app.route("/switch-language")
def switch_language():
    lang = request.args.get("lang", "en")
    session["lang"] = lang if lang in LANGS else "en"
    return redirect(url_for("settings"))


@app.route("/settings")
def settings():
    return {"lang": session.get("la