import bleach
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/shows/comment")
def comment():
    author = escape(request.form.get("author", "anon"))
    text = bleach.clean(request.form.get("text", ""), tags=["b", "i"], strip=True)
    fragment = f"""
<div class="comment">
  <span class="author">{author}</span>
  <p>{text}</p>
</div>
"""
    return fragment
