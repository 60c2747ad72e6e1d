from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/oops")
def oops():
    msg = request.args.get("msg", "Something went wrong")
    text = f"Error: {msg}. Please try again later."
    return Response(text, mimetype="text/plain")
