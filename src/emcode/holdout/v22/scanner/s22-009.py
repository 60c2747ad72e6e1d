from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

BANNER = "<div class='banner'>Welcome back, {name}. You have {count} open tickets.</div>"
OPEN = {"ana": 2, "bo": 5}


@app.get("/dashboard")
def dashboard():
    user = request.args.get("user", "visitor")
    count = OPEN.get(user, 0)
    return BANNER.format(name=escape(user), count=int(count))
