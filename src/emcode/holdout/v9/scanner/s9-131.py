import re
from flask import Flask, request

app = Flask(__name__)
USERNAME = re.compile(r"^([a-z0-9]+_?)+$")


@app.post("/signup/check")
def check():
    name = request.form.get("username", "")
    return {"valid": bool(USERNAME.match(name))}
