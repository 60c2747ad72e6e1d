import bleach
from markupsafe import escape
from flask import Flask, request, abort

app = Flask(__name__)
POSTS = {}
ALLOWED_TAGS = ["p", "b", "i", "em", "strong", "ul", "ol", "li", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}


@app.route("/posts/<slug>", methods=["PUT"])
def save_post(slug):
    body = request.get_json()
    POSTS[slug] = {
        "title": body["title"],
        "html": bleach.clean(body["html"], tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True),
    }
    return {"saved": slug}


@app.route("/posts/<slug>")
def show_post(slug):
    post = POSTS.get(slug)
    if post is None:
        abort(404)
    page = """<article>
  <h1>{title}</h1>
  {html}
</article>""".format(title=escape(post["title"]), html=post["html"])
    return page
