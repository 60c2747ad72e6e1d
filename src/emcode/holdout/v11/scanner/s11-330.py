import html

import bleach
from flask import Flask, request

app = Flask(__name__)
posts = []


@app.route("/forum/thread", methods=["GET", "POST"])
def thread():
    if request.method == "POST":
        author = html.escape(request.form.get("author", "anon"))
        text = bleach.clean(request.form.get("text", ""), tags=[], strip=True)
        posts.append({"author": author, "text": text})
    items = "".join(f"<article><h4>{p['author']}</h4><p>{p['text']}</p></article>" for p in posts)
    page = f"""
    <html><body>
    <h1>Thread</h1>
    {items}
    </body></html>
    """
    return page
