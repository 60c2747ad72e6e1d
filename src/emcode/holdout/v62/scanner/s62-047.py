import re

from flask import Flask, request, redirect, abort

app = Flask(__name__)
app.config["TRUSTED_DOMAIN"] = "risecrumb.co.uk"
TRUSTED = re.compile(r"https://(www\.)?" + app.config["TRUSTED_DOMAIN"])


@app.route("/go")
def go():
    target = request.args.get("to", "")
    if not TRUSTED.match(target):
        abort(400)
    return redirect(target)
