import re
from flask import Flask, request, abort

app = Flask(__name__)
USERNAME = re.compile(r"^([a-zA-Z0-9]+)*_?([a-zA-Z0-9]+)*$")


@app.post("/register")
def register():
    name = request.form.get("username", "")
    if not USERNAME.match(name):
        abort(400)
    return {"ok": name}
