import re
import shlex
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
NAME = re.compile(r"^[\w.-]{1,64}$")


@app.route("/backup/<name>", methods=["POST"])
def backup(name):
    if not NAME.match(name):
        abort(400)
    dest = "/var/backups/" + shlex.quote(name + ".tar.gz")
    pipeline = "tar -C /srv/data -cf - . | gzip -9 > " + dest
    subprocess.run(pipeline, shell=True, check=True)
    return {"ok": True}
