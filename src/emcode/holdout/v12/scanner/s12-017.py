from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    username = request.args.get("username", "stranger")
    html = f"""<h1>Hello {username}</h1>
<p>Welcome to the IoT console.</p>"""
    return html


@app.route("/devices")
def devices():
    return "<ul>" + "".join(f"<li>{d}</li>" for d in ["lamp", "fan"