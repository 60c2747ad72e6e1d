import re

import requests
from flask import Flask, abort, request

app = Flask(__name__)
TRUSTED = "cdn.example.com"
trusted_re = re.compile(r"https?://" + TRUSTED)


@app.route("/image")
def image():
    src = request.args.get("src", "")
    if not trusted_re.match(src):
        abort(400)
    r = requests.get(src, timeout=5)
    return r.content, 200, {"Content-Type": "image/png"}
