import html
from flask import Flask, request

app = Flask(__name__)

@app.route("/search")
def search():
    q = request.args.get("q", "")
    safe_q = html.escape(q)
    page = f"""
    <html><body><h2>Results for {safe_q}</h2></body></html>
    """
    return page
