import os
from flask import Flask, request, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/translation/memories")


@app.route("/tm/export")
def export_tm():
    pair = request.args.get("pair", "en-de")
    path = os.path.realpath(os.path.join(BASE, pair + ".tmx"))
    if not path.startswith(BASE + os.sep):
        abort(400)
    if not os.path.isfile(path):
        abort(404)
    with op