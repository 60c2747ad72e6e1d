import hashlib
import json

from flask import Flask, Response, request

from .catalogue import all_titles

app = Flask(__name__)


@app.route("/export/titles.json")
def export_titles():
    body = json.dumps(all_titles(), sort_keys=True).encode()
    etag = hashlib.md5(body).hexdigest()
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304)
    return Response(body, mimetype="application/json", headers={"ETag": etag})
