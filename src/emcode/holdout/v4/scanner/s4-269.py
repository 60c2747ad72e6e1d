from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    html = f"""<h2>Hi {name}</h2>
<p>Thanks for visiting.</p>"""
    return html


@app.route("/bye")
def bye():
    name = request.args.get("name", "")
    return f"<h2>Goodbye {na