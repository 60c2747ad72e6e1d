import os
from flask import Flask, request, send_file

app = Flask(__name__)
MEDIA = "/srv/podcasts"


@app.route("/download")
def download():
    show = request.args.get("show", "")
    filename = request.args.get("file", "")
    return send_file(os.path.join(MEDIA, show, filename))
