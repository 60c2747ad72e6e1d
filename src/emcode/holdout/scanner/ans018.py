from flask import Flask, request

app = Flask(__name__)


@app.route("/search")
def search():
    term = request.args.get("q", "")
    results = [item for item in ["apple", "banana", "cherry"] if term.lower() in item]
    items_html = "".join(f"<li>{r}</li>" for r in results)
    html = f"""
    <!doctype html>
    <title>Search</title>
    <p>You searched for: {term}</p>
    <ul>{items_html}</ul>
    """
    return html
