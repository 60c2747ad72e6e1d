import random
import hashlib
from flask import Flask, request

app = Flask(__name__)
RESETS = {}


@app.post("/password/forgot")
def forgot():
    email = request.form["email"]
    token = hashlib.md5(str(random.random()).encode()).hexdigest()
    RESETS[token] = email
    send_mail(email, "Reset link: https://example.com/reset/" + tok