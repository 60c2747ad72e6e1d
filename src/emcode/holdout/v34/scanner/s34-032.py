from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/greeting")
def greeting():
    name = request.args.get("name", "baker")
    return Markup("<h1>Good morning, {}!</h1>").format(name)
