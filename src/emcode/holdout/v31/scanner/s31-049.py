import hashlib
import hmac
import os
import time

from flask import Flask, abort, request, send_from_directory

app = Flask(__name__)
KEY = os.environ["DOWNLOAD_SIGNING_KEY"].encode()
TICKETS = "/srv/tickets/pdf"


def sign(order_ref: str, expires: int) -> str:
    return hmac.new(KEY, f"{order_ref}:{expires}".encode(), hashlib.sha256).hexdigest()


@app.get("/download/<order_ref>")
def download(order_ref):
    expires = request.args.get("exp", type=int)
    sig = request.args.get("sig", "")
    if expires is None or expires < time.time():
        abort(410)
    if not hmac.compare_digest(sign(order_ref, expires), sig):
        abort(403)
    return send_from_directory(TICKETS, f"{order_ref}.pdf", as_attachment=True)
