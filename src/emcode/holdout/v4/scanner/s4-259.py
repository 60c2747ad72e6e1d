import re
from flask import Flask, request, abort

app = Flask(__name__)
USERNAME = re.compile(r"[A-Za-z0-9_]{3,32}")


@app.post("/register")
def register():
    name = request.form.get("username", "")
    if not USERNAME.fullmatch(name):
        abort(400)
    return {"ok": name}
