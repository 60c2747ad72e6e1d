import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
HOME = "observatory.example.org"
ALLOWED = re.compile("https?://" + HOME)


@app.route("/after-login")
def after_login():
    target = request.args.get("next", "/")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    if ALLOWED.match(target):
        return redirect(target)
    abort(400)
