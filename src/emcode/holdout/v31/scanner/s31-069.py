import hashlib
import json

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/exhibitions.json")
def exhibitions():
    from .repo import current_exhibitions
    body = json.dumps(current_exhibitions(), sort_keys=True)
    etag = hashlib.sha1(body.encode()).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    return resp
