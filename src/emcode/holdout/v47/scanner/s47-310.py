import hashlib
import json

from flask import Flask, Response, request

app = Flask(__name__)

CATALOGUE = {"auction": "Spring Silver Age", "lots": [{"n": 1, "title": "Fantastic Four #48"}]}


@app.route("/catalogue.json")
def catalogue():
    body = json.dumps(CATALOGUE, sort_keys=True)
    etag = hashlib.md5(body.encode()).hexdigest()
    if request.if_none_match.contains(etag):
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.set_etag(etag)
    return resp
