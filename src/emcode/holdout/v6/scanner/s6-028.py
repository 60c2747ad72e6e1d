import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED = "app.example.com"
host_re = re.compile(r"https?://" + TRUSTED)

@app.route("/go")
def go():
    target = request.args.get("next", "/")
    if host_re.match(target):
        return redirect(target)
    abort(400)
