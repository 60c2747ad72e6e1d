import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}\.(?:jpg|png)")


@app.post("/plots/thumbnail")
def thumbnail():
    name = request.form["image"]
    if not NAME_RE.fullmatch(name):
        abort(400)
    subprocess.run(["convert", f"uploads/{name}", "-resize", "200x200", f"thumbs/{name}"], check=True)
    return {"ok": True}
