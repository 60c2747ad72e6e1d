import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


@app.route("/mx")
def mx():
    d = request.args.get("domain", "").lower()
    if not DOMAIN.match(d):
        abort(400)
    out = subprocess.run(["dig", "+short", "MX", d], capture_output=True, text=True, timeout=10)
    return {"mx": out.stdout.split("\n")[:-1]}
