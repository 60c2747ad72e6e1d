from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/welcome")
def greet():
    name = request.args.get("name", "guest")
    template = "<div class='banner'>Welcome back, {}! You have {} new messages.</div>"
    body = template.format(name, 3)
    resp = make_response(body)
    resp.headers["Cache-Control"] = "no-store"
    return resp


if __name__ == "__main__":
    app.run()
