from flask import Flask, request, redirect, abort

app = Flask(__name__)
BASE = "https://rota.northvale-fire.org/"


@app.route("/continue")
def cont():
    target = request.args.get("url", BASE)
    if not (target == BASE.rstrip("/") or target.startswith(BASE)):
        abort(400)
    return redirect(target)
