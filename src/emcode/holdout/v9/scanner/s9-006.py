import html
from flask import Flask, request

app = Flask(__name__)
POSTS = ["Intro to Flask", "Caching with Redis", "Async views"]


@app.route("/blog/search")
def blog_search():
    raw = request.args.get("q", "")
    safe_q = html.escape(raw)
    found = [p for p in POSTS if raw.lower() in p.lower()]
    items = "".join(f"<li>{html.escape(p)}</li>" for p in found)
    body = f"""
    <html><body>
      <h2>Posts matching {safe_q}</h2>
      <ul>{items}</ul>
    </body></html>
    """
    return body
