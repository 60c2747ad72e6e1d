from flask import Flask, request

app = Flask(__name__)


@app.get("/echo-code")
def echo_code():
    code = request.args.get("code", "")
    return f"Your pickup code is {code}", 200, {"Content-Type": "text/plain; charset=utf-8"}
