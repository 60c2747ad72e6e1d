from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "stranger")
    greeting = f"<h1>Hello, {name}!</h1><p>Welcome back.</p>"
    return greeting


if __name__ == "__main__":
    app.run()
