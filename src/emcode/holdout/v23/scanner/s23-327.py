from collections import Counter
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
ANSWERS: list[tuple[str, str]] = []


@app.route("/survey/answer", methods=["POST"])
def answer():
    ANSWERS.append((request.form.get("q", ""), request.form.get("a", "")))
    return "thanks", 201


@app.route("/survey/results")
def results():
    question = request.args.get("q", "")
    counts = Counter(a for q, a in ANSWERS if q == question)
    out = "<h2>Results for " + str(escape(question)) + "</h2>"
    out += "<table>"
    for value, n in counts.most_common():
        out += "<tr><td>" + str(escape(value)) + "</td><td>" + str(n) + "</td></tr>"
    out += "</table>"
    return out
