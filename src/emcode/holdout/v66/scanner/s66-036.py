import hashlib
import hmac
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
KEY = os.environ["SHARE_KEY"].encode()


def sign(job_id: int, expires: int) -> str:
    return hmac.new(KEY, f"{job_id}:{expires}".encode(), hashlib.sha256).hexdigest()


@app.get("/track/<int:job_id>")
def track(job_id):
    expires = request.args.get("e", type=int)
    sig = request.args.get("s", "")
    if expires is None or expires < time.time() or not hmac.compare_digest(sign(job_id, expires), sig):
        abort(403)
    return {"job": job_id, "status": "en route"}
