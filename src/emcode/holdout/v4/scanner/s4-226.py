import os
from flask import Flask, request, send_file, abort

app = Flask(__name__)
BASE = os.path.realpath("/srv/reports")


@app.route("/download")
def download():
    name = request.args.get("file", "")
    candidate = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([candidate, BASE]) != BASE or not os.path.isfile(candidate):
        abort(404)
    return send_file(candidate, as_attachment=True)
