from flask import Flask, request

app = Flask(__name__)
SCHEDULE = {"mon": ["M31 imaging"], "tue": ["Jupiter transit"]}


@app.route("/night")
def night():
    day = request.args.get("day", "mon")
    items = SCHEDULE.get(day, [])
    body = f"<h2>Plan for {day}</h2><ul>"
    for it in items:
        body += f"<li>{it}</li>"
    body += "</ul>"
    return body


@app.route("/book", methods=["POST"])
def book():
    day = request.form["day"]
    target = request.form["target"]
    SCHEDULE.setdefault(day, []).append(target)
    return redirect(url_for("night", day=d
