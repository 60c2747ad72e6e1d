import os
from datetime import timedelta
from flask import Flask, session, jsonify, request

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ELEARN_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    PERMANENT_SESSION_LIFETIME=timedelta(hours=8),
)


@app.route("/lang", methods=["POST"])
def set_lang():
    lang = request.form.get("lang", "en")
    session["lang"] = lang if lang in {"en", "de", "fr"} else "en"
    return jsonify(lang=session["lang"])
