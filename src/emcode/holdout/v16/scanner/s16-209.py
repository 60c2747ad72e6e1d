import os
from subprocess import call as run_cmd
from flask import Flask, request

app = Flask(__name__)
MEDIA = "/srv/media"


@app.route("/thumb", methods=["POST"])
def thumbnail():
    f = request.files["image"]
    src = os.path.join(MEDIA, "in", f.filename.replace("/", "_"))
    f.save(src)
    dst = src + ".thumb.png"
    run_cmd('convert "%s" -resize 128x128 "%s"' % (src, dst), shell=True)
    return {"thumb": os.path.basename(dst)}
