import re

from flask import Flask, request, jsonify

app = Flask(__name__)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


@app.post("/newsletter")
def subscribe():
    email = request.form.get("email", "")[:254]
    if not EMAIL.fullmatch(email):
        return jsonify(error="invalid email"), 400
    return jsonify(subscribed=email)
