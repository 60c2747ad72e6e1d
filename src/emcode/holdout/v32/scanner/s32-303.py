import subprocess

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/exhibits/thumbnail", methods=["POST"])
def thumbnail():
    name = request.form["filename"]
    cmd = "convert /srv/exhibits/%s -resize 200x200 /srv/thumbs/%s" % (name, name)
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return jsonify(rc=proc.returncode, err=proc.stderr)
