from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    page = f"<html><body><h1>Welcome back, {name}!</h1></body></html>"
    return page


if __name__ == "__main__":
    app.run()
