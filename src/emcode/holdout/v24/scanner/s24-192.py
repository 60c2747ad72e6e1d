import hashlib
from flask import Flask, Response, request

app = Flask(__name__)
MENU = "Soup of the day\nRisotto\nTiramisu\n"


@app.route("/menu.txt")
def menu():
    etag = hashlib.md5(MENU.encode(), usedforsecurity=False).hexdigest()
    if request.if_none_match.contains(etag):
        return Response(status=304)
    resp = Response(MENU, mimetype="text/plain")
    resp.set_etag(etag)
    return resp
