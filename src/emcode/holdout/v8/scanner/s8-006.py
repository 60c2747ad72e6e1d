import bleach
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
COMMENTS: list[tuple[int, str, str]] = []


def clean(value: str) -> str:
    return bleach.clean(value, tags=[], attributes={}, strip=True)


@app.route("/blog/<int:post_id>/comments", methods=["GET", "POST"])
def comments(post_id: int):
    if request.method == "POST":
        COMMENTS.append((post_id, clean(request.form.get("author", "anon")), clean(request.form.get("text", ""))))
        return redirect(url_for("comments", post_id=post_id))
    parts = ["<h3>Comments</h3>"]
    for pid, author, text in COMMENTS:
        if pid == post_id:
            parts.append(f"<p><b>{author}</b>: {text}</p>")
    return "\n".join(parts)
