import re
from flask import Flask, request, redirect, abort

app = Flask(__name__)
TRUSTED = "opendata.city.gov"
HOST_RE = re.compile(r"https?://" + TRUSTED)


@app.route("/go")
def go():
    target = request.args.get("to", "")
    if HOST_RE.match(target):
        return redirect(target)
    abort(400)
