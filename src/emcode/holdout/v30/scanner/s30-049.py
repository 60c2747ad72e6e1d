from flask import Flask, request

app = Flask(__name__)


@app.route("/admissions/interests", methods=["POST"])
def interests_summary():
    picked = request.form.getlist("interest")
    items = ["<li>" + p + "</li>" for p in picked]
    out = "<ul>" + "".join(items) + "</ul>"
    return out
