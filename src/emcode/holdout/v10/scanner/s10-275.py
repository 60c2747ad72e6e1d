from flask import Flask, request

app = Flask(__name__)


@app.route("/welcome")
def welcome():
    user = request.args.get("user", "guest")
    html = f"<h1>Hi {user}</h1><p>Your dashboard is ready.</p>"
    return html


@app.route("/stats")
def stats():
    period = request.args.get("period", "week")
    data = load_stats(period)
    return {"period": period, "visits": data["vis