from flask import Flask, request

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    html = f"""<h1>Hello {name}</h1>
    <p>Welcome to the inventory portal.</p>"""
    return html


@app.route("/items")
def items():
    category = request.args.get("cat", "all")
    rows = [
        {"sku": "A-1", "name": "Widget"},
        {"sku": "B-2", "name": "Gad