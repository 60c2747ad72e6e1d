from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/switch-language")
def switch_language():
    session["lang"] = request.args.get("lang", "en")[:5]
    return redirect(request.args.get("to", "/"))


@app.route("/settings")
def settings():
    return {"lang": session.get("la