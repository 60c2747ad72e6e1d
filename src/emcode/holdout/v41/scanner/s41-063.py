import hashlib
import hmac
import os
import time
from urllib.parse import urlencode

from flask import Flask, abort, request, send_from_directory, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
KEY = os.environ["LINK_KEY"].encode()
EBOOKS = "/srv/library/ebooks"


def sign(name: str, expires: int) -> str:
    return hmac.new(KEY, f"{name}:{expires}".encode(), hashlib.sha256).hexdigest()


@app.get("/ebooks/link/<name>")
def link(name):
    if "member_id" not in session:
        abort(401)
    exp = int(time.time()) + 600
    return {"url": "/ebooks/get?" + urlencode({"f": name, "e": exp, "s": sign(name, exp)})}


@app.get("/ebooks/get")
def get():
    name, exp, sig = request.args.get("f", ""), request.args.get("e", "0"), request.args.get("s", "")
    if not exp.isdigit() or int(exp) < time.time() or not hmac.compare_digest(sig, sign(name, int(exp))):
        abort(403)
    return send_from_directory(EBOOKS, name)
