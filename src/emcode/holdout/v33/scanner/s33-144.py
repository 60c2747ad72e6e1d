import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9]+\.?)+@([a-zA-Z0-9]+\.?)+$")


@app.post("/newsletter")
def newsletter():
    email = request.form.get("email", "")
    if not EMAIL.match(email):
        return {"error": "invalid email"}, 400
    return {"subscribed": True}
