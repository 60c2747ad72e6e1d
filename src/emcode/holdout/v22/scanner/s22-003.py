from flask import Flask, request

app = Flask(__name__)

GREETING = "<div class='banner'>Welcome back, {name}. You have {count} unread tickets.</div>"
TICKETS = {"ana": 3, "bo": 0}


@app.get("/dashboard")
def dashboard():
    user = request.args.get("user", "visitor")
    count = TICKETS.get(user, 0)
    html = GREETING.format(name=user, count=count)
    return html
