import bleach
from flask import Flask, make_response, request

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a"]


@app.route("/preview", methods=["POST"])
def preview_comment():
    body = bleach.clean(request.form.get("body", ""), tags=ALLOWED, strip=True)
    author = bleach.clean(request.form.get("author", "anonymous"))
    rendered = "<div class='comment'><b>{}</b> wrote:<p>{}</p></div>".format(author, body)
    return make_response(rendered)
