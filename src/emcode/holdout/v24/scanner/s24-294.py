import os
from flask import Flask, request, send_file

app = Flask(__name__)
PHOTOS = "/srv/museum/photos"
THUMBS = "/srv/museum/thumbs"


@app.route("/thumb/<name>")
def thumb(name):
    width = request.args.get("w", "200")
    src = os.path.join(PHOTOS, os.path.basename(name))
    dst = os.path.join(THUMBS, width + "_" + os.path.basename(name))
    if not os.path.exists(dst):
        os.system("convert %s -resize %sx%s %s" % (src, width, width, dst))
    return send_file(dst)
