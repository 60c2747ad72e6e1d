import hashlib
import hmac
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["LINK_SIGNING_KEY"].encode()
MEDIA = "/srv/podcasts/premium"


def sign(ep: int, expires: int) -> str:
    return hmac.new(KEY, f"{ep}:{expires}".encode(), hashlib.sha256).hexdigest()


@app.get("/premium/<int:ep>")
def premium(ep):
    expires = request.args.get("e", type=int)
    sig = request.args.get("s", "")
    if expires is None or expires < time.time() or not hmac.compare_digest(sig, sign(ep, expires)):
        abort(403)
    return send_from_directory(MEDIA, f"{ep}.mp3")
