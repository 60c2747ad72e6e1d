from flask import Flask, request, render_template

app = Flask(__name__)

@app.route("/search")
def search():
    term = request.args.get("q", "")
    results = [r for r in ["apple", "banana"] if term.lower() in r]
    return render_template("search.html", term=term, results=results)
