from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.post("/lang")
def set_lang():
    lang = request.form.get("lang", "en")
    clean = "".join(ch for ch in lang if ch not in "\r\n")[:8]
    resp = redirect(url_for("index"))
    resp.headers["Content-Language"] = clean
    return resp


@app.get("/")
def index():
    return "home"
