from flask import Flask, session, request, redirect

app = Flask(__name__)
app.config["SESSION_COOKIE_HTTPONLY"] = True
app.secret_key = "dev-secret-change-me-9f8e7d"


@app.route("/set-lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang in ("en", "de", "fr"):
        session["lang"] = lang
    return redirect("/")
