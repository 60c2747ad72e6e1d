import os

from flask import Flask, request, abort
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

app = Flask(__name__)
signer = TimestampSigner(os.environ["LINK_SECRET"])


@app.get("/unsubscribe")
def unsubscribe():
    try:
        email = signer.unsign(request.args.get("t", ""), max_age=7 * 86400).decode()
    except (BadSignature, SignatureExpired):
        abort(400)
    return {"unsubscribed": email}
