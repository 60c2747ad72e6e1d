from subprocess import call as run_cmd

from flask import Flask, request

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/thumbnail", methods=["POST"])
def thumbnail():
    filename = request.form["filename"]
    src = UPLOADS + "/" + filename
    dst = UPLOADS + "/thumb_" + filename
    rc = run_cmd("convert " + src + " -resize 128x128 " + dst, shell=True)
    return {"ok": rc == 0}
