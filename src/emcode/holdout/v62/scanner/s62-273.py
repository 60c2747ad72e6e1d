from flask import Flask, redirect, request, url_for

app = Flask(__name__)

DESTS = {"rota": "rota_page", "kit": "kit_page"}


@app.route("/after-login")
def after_login():
    dest = DESTS.get(request.args.get("to", ""), "rota_page")
    return redirect(url_for(dest))


@app.route("/rota")
def rota_page():
    return "rota"


@app.route("/kit")
def kit_page():
    return "kit"
