from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/sso/return")
def sso_return():
    target = request.args.get("to", "/")
    if "hearwell.example" in target:
        return redirect(target)
    return redirect("/")
