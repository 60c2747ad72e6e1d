import re
import shlex
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


@app.route("/archive", methods=["POST"])
def archive():
    folder = request.form["folder"]
    name = request.form.get("name", "backup")
    if not _NAME.fullmatch(folder) or not _NAME.fullmatch(name):
        abort(400)
    src = shlex.quote("/srv/data/" + folder)
    dst = shlex.quote("/srv/archives/" + name + ".tar.gz")
    cmd = f"tar -czf {dst} -C {src} ."
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return {"rc": proc.returncode}
