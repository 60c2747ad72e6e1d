import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    username = request.args.get("username", "stranger")
    safe_user = html.escape(username)
    page = f"""<!doctype html>
<html>
  <head><title>Console</title></head>
  <body>
    <h1>Hello {safe_user}</h1>
    <p>You have