from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    page = f"<h1>Welcome back, {name}!</h1><p>Glad to see you.</p>"
    return page
