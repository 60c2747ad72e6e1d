import bleach
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/blog/preview", methods=["POST"])
def preview():
    title = bleach.clean(request.form.get("title", "Untitled"), tags=[], strip=True)
    body = bleach.clean(request.form.get("body", ""), tags=["b", "i", "p"], strip=True)
    page = f"""
    <article>
      <h3>{title}</h3>
      <div>{body}</div>
    </article>
    """
    return make_response(page)
