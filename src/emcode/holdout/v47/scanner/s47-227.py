from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "collector")
    text = f"Welcome back, {name}. Your watchlist has been refreshed."
    return Response(text, mimetype="text/plain")


if __name__ == "__main__":
    app.run(port=8080)
