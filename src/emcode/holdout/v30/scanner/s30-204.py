from flask import Flask, render_template, request

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    results = [p for p in ["Whitening", "Check-up", "Hygienist", "Root canal"] if term.lower() in p.lower()]
    return render_template("search.html", term=term, results=results)
