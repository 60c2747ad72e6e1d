import bleach
from flask import Flask, request, make_response

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "a"]
ALLOWED_ATTRS = {"a": ["href", "title"]}
COMMENTS = []


@app.route("/episodes/<int:episode_id>/comments", methods=["POST"])
def add_comment(episode_id):
    raw = request.form.get("comment", "")
    cleaned = bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, strip=True)
    COMMENTS.append((episode_id, cleaned))
    fragment = "<li class='comment'>" + cleaned + "</li>"
    return make_response(fragment, 201)


@app.route("/episodes/<int:episode_id>/comments")
def list_comments(episode_id):
    parts = [c for e, c in COMMENTS if e == episode_id]
    html = "<ul>" + "".join(f"<li>{p}</li>" for p in parts) + "</ul>"
    return html
