from flask import Flask, request

app = Flask(__name__)


@app.route("/")
def index():
    return "<a href='/greet?name=you'>try</a>"


@app.route("/greet")
def greet():
    name = request.args.get("name", "stranger")
    html = "<html><body>"
    html += "<h2>Welcome back, " + name + "!</h2>"
    html += "</body></html>"
    return html


if __name__ == "__main__":
    app.run(port=8080)
