from flask import Flask, make_response, redirect, request, url_for

app = Flask(__name__)
LANGS = {"en", "es", "pt", "vi"}


@app.get("/lang")
def set_lang():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response(redirect(url_for("menu")))
    resp.set_cookie("lang", lang, max_age=30 * 86400, samesite="Lax", secure=True)
    return resp


@app.get("/menu")
def menu():
    return {"items": ["taco", "torta"]}
