import re

from flask import Flask, request

app = Flask(__name__)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63}){1,4}$")


@app.post("/newsletter")
def newsletter():
    email = request.form.get("email", "")
    if len(email) > 254 or not EMAIL.match(email):
        return {"error": "invalid email"}, 400
    return {"subscribed": True}
