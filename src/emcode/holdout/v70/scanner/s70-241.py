import hashlib
import os
import hmac
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["TICKET_KEY"]


@app.get("/ticket/verify")
def verify():
    body = request.args["t"]
    sig = request.args["s"]
    expected = hashlib.sha1((KEY + body).encode()).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(403)
    return {"valid": True}
