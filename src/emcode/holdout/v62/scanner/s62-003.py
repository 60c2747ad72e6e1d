import re
from urllib.parse import urlsplit

from flask import Flask, request, redirect, abort

app = Flask(__name__)
app.config["TRUSTED_DOMAIN"] = "risecrumb.co.uk"
TRUSTED = re.compile(r"(www\.)?" + re.escape(app.config["TRUSTED_DOMAIN"]))


@app.route("/go")
def go():
    target = request.args.get("to", "")
    parts = urlsplit(target)
    if parts.scheme != "https" or not TRUSTED.fullmatch(parts.hostname or ""):
        abort(400)
    return redirect(target)
