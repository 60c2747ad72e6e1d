import re
from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^([a-zA-Z0-9]+)*@([a-zA-Z0-9]+\.)+[a-z]+$")

@app.post("/subscribe")
def subscribe():
    email = request.form["email"]
    if not EMAIL.match(email):
        return "bad email", 400
    return "subscribed"
