import hashlib

from flask import Flask, Response, request

app = Flask(__name__)


def build_rota_csv():
    return "day,attendant\nmon,Ana\ntue,Luis\n"


@app.route("/rota.csv")
def rota():
    body = build_rota_csv()
    etag = hashlib.md5(body.encode()).hexdigest()
    if request.if_none_match.contains(etag):
        return Response(status=304)
    resp = Response(body, mimetype="text/csv")
    resp.set_etag(etag)
    return resp
