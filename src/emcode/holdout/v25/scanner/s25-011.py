import os
from flask import Flask, request, Response

app = Flask(__name__)
BASE = "/srv/translation/memories"


@app.route("/tm/export")
def export_tm():
    lang = request.args.get("pair", "en-de")
    path = os.path.join(BASE, lang + ".tmx")
    with open(path, "rb") as fh:
        data = fh.read()
    resp = Response(data, mimetype="application/xml")
    resp.headers["Content-Disposition"] = "attachment; filen