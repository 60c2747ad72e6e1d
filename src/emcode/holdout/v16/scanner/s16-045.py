from flask import Flask, request, make_response

app = Flask(__name__)

TEMPLATE = "<div class='card'><h1>Welcome back, {}!</h1><p>You have {} new messages.</p></div>"


def unread_count(user: str) -> int:
    return len(user) % 5


@app.route("/greet")
def greet():
    name = request.args.get("name", "guest")
    html = TEMPLATE.format(name, unread_count(name))
    resp = make_response(html)
    resp.headers["Cache-Control"] = "no-store"
    return resp
