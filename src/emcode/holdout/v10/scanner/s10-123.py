from flask import Flask, request, make_response

app = Flask(__name__)


def render_banner(user_text):
    parts = ["<section class='banner'>", "<strong>Notice:</strong> ", user_text, "</section>"]
    return "".join(parts)


@app.route("/notice")
def notice():
    body = render_banner(request.args.get("msg", ""))
    r = make_response(body, 200)
    r.mimetype = "text/html"
    return r
