from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/lots/page")
def lots_page():
    try:
        page_no = int(request.args.get("page", "1"))
    except ValueError:
        abort(400)
    if page_no < 1:
        abort(400)
    prev_link = f'<a href="/lots/page?page={page_no - 1}">prev</a>' if page_no > 1 else ""
    html = f"<nav>{prev_link} Page {page_no} <a href=\"/lots/page?page={page_no + 1}\">next</a></nav>"
    return html
