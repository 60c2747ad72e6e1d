import random
import string

from flask import Flask, request

app = Flask(__name__)
TOKENS = {}


@app.post("/guests")
def add_guest():
    name = request.form["name"]
    token = "".join(random.choices(string.ascii_letters + string.digits, k=12))
    TOKENS[token] = name
    return {"rsvp_link": f"https://rsvp.example.com/r/{token}"}
