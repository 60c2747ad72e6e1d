from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = escape(request.args.get("who", "world"))
    page = f"""<html><body><h1>Hello {who}</h1>
    <p>Your last visit was