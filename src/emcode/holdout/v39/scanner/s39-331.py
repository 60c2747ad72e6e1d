from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    host = request.args.get("host", "friend")
    page = f"<h1>Welcome back, {host}!</h1><p>Your show dashboard is ready.</p>"
    return page


@app.route("/stats")
def stats():
    return {"plays": 1024, "subscribers": 88, "top_episode": "Pilo