import hashlib
import hmac
import os

from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["UNSUB_KEY"].encode()


def sign(email):
    return hmac.new(KEY, email.encode(), hashlib.sha256).hexdigest()


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("e", "")
    sig = request.args.get("s", "")
    if not hmac.compare_digest(sign(email), sig):
        abort(403)
    # mark email unsubscribed here
    return "You have been unsubscribed.", 200, {"Content-Type": "text/plain; charset=utf-8"}
