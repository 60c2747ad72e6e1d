from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "collector")
    return f"Welcome back, {name}. Your watchlist has been refreshed."


if __name__ == "__main__":
    app.run(port=8080)
