import hashlib
import json

from flask import Flask, request, Response

app = Flask(__name__)
CATALOG = [{"sku": "T-1", "name": "Tent", "price": 199.0}, {"sku": "S-4", "name": "Stove", "price": 49.5}]


@app.get("/catalog")
def catalog():
    body = json.dumps(CATALOG, sort_keys=True)
    etag = hashlib.md5(body.encode(), usedforsecurity=False).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.headers["ETag"] = etag
    return resp
