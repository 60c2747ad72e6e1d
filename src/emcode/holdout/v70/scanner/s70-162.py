from flask import Flask, request, make_response

app = Flask(__name__)
LANGS = ("en", "de", "fr", "nl")


@app.get("/language")
def set_language():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response({"lang": lang})
    resp.set_cookie("guide_lang", lang, samesite="Lax", secure=True)
    return resp
