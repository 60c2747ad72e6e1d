from flask import Flask, request, make_response

app = Flask(__name__)
COMMENTS = []


@app.route("/comments", methods=["GET", "POST"])
def comments():
    if request.method == "POST":
        author = request.form.get("author", "anon")
        text = request.form.get("text", "")
        COMMENTS.append((author, text))
    entries = []
    for author, text in COMMENTS:
        entries.append("<div class='c'><b>{}</b>: {}</div>".format(author, text))
    html_doc = "<html><body>{}</body></html>".format("\n".join(entries))
    resp = make_response(html_doc)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
