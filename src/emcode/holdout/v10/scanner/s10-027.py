from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    who = request.args.get("who", "")
    return f"""<html>
<body>
<h1>Hello