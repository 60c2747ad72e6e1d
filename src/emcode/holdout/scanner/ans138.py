from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    user = request.args.get("user")
    if not user:
        return "Please tell me your name with ?user=..."
    return "Hello " + user + ", nice to see you again"
