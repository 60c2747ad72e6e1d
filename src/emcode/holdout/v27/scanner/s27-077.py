from flask import Flask, request

app = Flask(__name__)


@app.route("/thanks")
def thanks():
    ref = request.headers.get("Referer", "our site")
    parts = ["<h1>Thanks for your order!</h1>", "<p>You came from ", ref, "</p>"]
    return "".join(parts)
