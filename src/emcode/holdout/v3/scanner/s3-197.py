from flask import Flask, request, make_response

app = Flask(__name__)

RESULT_PAGE = "<html><body><h3>You searched for: {}</h3><ul>{}</ul></body></html>"
ITEMS = ["apple", "banana", "cherry", "damson"]


@app.route("/search")
def search():
    query = request.args.get("q", "")
    matches = [i for i in ITEMS if query.lower() in i]
    rows = "".join("<li>%s</li>" % m for m in matches)
    html = RESULT_PAGE.format(query, rows)
    return make_response(html)
