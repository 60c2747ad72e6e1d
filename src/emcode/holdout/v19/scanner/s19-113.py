import os
from flask import Flask, session, request, redirect

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]
app.config.update(SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Lax")


@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang in ("en", "de", "fr"):
        session["lang"] = lang
    return redirect("/")
