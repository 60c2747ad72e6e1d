from flask import Flask, request

app = Flask(__name__)

@app.route("/q")
def q():
    term = request.args.get("term", "")
    return f"<p>Results for {term}</p>"

@app.route("/about")
def about():
    return render_te