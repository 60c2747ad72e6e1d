import hashlib
import os

from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["UNSUB_KEY"]


def sign(email):
    return hashlib.md5((KEY + email).encode()).hexdigest()


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("e", "")
    if sign(email) != request.args.get("s", ""):
        abort(403)
    return "You have been unsubscribed.", 200, {"Content-Type": "text/plain; charset=utf-8"}
