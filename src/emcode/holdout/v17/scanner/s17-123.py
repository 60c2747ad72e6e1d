from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)
USERS = [{"name": "ana", "email": "ana@example.com"}, {"name": "ben", "email": "ben@example.com"}]


@app.route("/team/directory")
def users_table():
    needle = request.args.get("filter", "")
    rows = Markup("")
    for u in USERS:
        if needle in u["name"]:
            rows += Markup("<tr><td>{}</td><td>{}</td></tr>").format(u["name"], u["email"])
    heading = Markup("<h2>Users matching &quot;{}&quot;</h2>").format(needle)
    return str(heading + Markup("<table>") + rows + Markup("</table>"))
