import bleach
from flask import Flask, request, make_response

app = Flask(__name__)
COMMENTS = []

PAGE = "<ul>{items}</ul><form method='post'><textarea name='c'></textarea><button>Send</button></form>"


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        raw = request.form.get("c", "").strip()
        if raw:
            cleaned = bleach.clean(raw, tags=[], attributes={}, strip=True)
            COMMENTS.append(cleaned)
    items = "".join("<li>{}</li>".format(c) for c in COMMENTS[-50:])
    resp = make_response(PAGE.format(items=items))
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
