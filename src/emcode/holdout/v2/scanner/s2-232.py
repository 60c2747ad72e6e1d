import shlex
import subprocess

from flask import Flask, Response, abort, request

app = Flask(__name__)


@app.route("/wordcount")
def wordcount():
    name = request.args.get("file", "README.md")
    if "/" in name or name.startswith("."):
        abort(400)
    cmd = f"wc -w -- {shlex.quote(name)} | awk '{{print $1}}'"
    out = subprocess.run(cmd, shell=True, cwd="/srv/docs", capture_output=True, text=True, timeout=5)
    return Response(out.stdout or "0", mimetype="text/plain")
