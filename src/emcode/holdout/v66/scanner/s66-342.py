from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/recall/lookup")
def lookup():
    surname = request.args.get("surname", "").strip()
    results = find_recalls(surname) if surname else []
    return render_template("recall_lookup.html", surname=surname, results=results)


def find_recalls(surname):
    return []
