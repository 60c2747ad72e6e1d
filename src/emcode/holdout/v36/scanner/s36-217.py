from flask import Flask, make_response, request

app = Flask(__name__)

ROW = "<tr><td>{code}</td><td>{title}</td><td>{seats}</td></tr>"


@app.route("/courses/search")
def search_courses():
    term = request.args.get("q", "")
    html = "<p>Results for <em>{}</em></p><table>".format(term)
    html += ROW.format(code="CS101", title="Intro to Programming", seats=12)
    html += "</table>"
    resp = make_response(html, 200)
    resp.headers["Cache-Control"] = "no-store"
    return resp
