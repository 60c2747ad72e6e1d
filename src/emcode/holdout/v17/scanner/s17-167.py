from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    message = request.args.get("m", "")
    resp = make_response(f"You said: {message}\n")
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
