import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63}){1,8}")


@app.post("/subscribe")
def subscribe():
    email = request.form.get("email", "")
    if len(email) > 254 or not EMAIL.fullmatch(email):
        return {"error": "invalid email"}, 400
    return {"subscribed": email}
