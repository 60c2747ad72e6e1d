import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
NAME = re.compile(r"^[a-z0-9_-]{1,40}$")

@app.route("/backup", methods=["POST"])
def backup():
    name = request.form.get("name", "")
    if not NAME.fullmatch(name):
        abort(400)
    subprocess.run(["tar", "czf", f"/backups/{name}.tar.gz", "-C", "/srv/data", "."], check=True)
    return {"archive": name + ".tar.gz"}
