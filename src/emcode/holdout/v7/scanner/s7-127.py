from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "stranger")
    message = "Welcome back, " + name + "! Your dashboard is ready."
    return message


@app.get("/health")
def health():
    return {"ok": True}
