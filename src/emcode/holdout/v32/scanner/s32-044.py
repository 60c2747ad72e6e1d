import hashlib
import json

from flask import Flask, request, Response

app = Flask(__name__)

MENU = [{"bean": "Kenya AA", "price": 14.5}, {"bean": "Brazil Cerrado", "price": 11.0}]


@app.route("/menu.json")
def menu():
    body = json.dumps(MENU, sort_keys=True)
    etag = hashlib.md5(body.encode()).hexdigest()
    if request.if_none_match and etag in request.if_none_match:
        return Response(status=304)
    resp = Response(body, mimetype="application/json")
    resp.set_etag(etag)
    return resp
