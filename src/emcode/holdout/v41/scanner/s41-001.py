from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/pets/hello")
def hello_pet():
    pet = escape(request.args.get("pet", "friend"))
    owner = escape(request.args.get("owner", ""))
    greeting = f"<h1>Hello, {pet}!</h1>"
    if owner:
        greeting += f"<p>Owned by {owner}</p>"
    return greeting + "<p>Next check-up rem