from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    who = request.args.get("name", "driver")
    text = "Welcome back, " + who + "! Your rental is ready for pickup."
    return Response(text, mimetype="text/plain")
