from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
GUESTBOOK = []


def row(name, msg):
    return "<tr><td>{}</td><td>{}</td></tr>".format(escape(name), escape(msg))


@app.route("/guestbook", methods=["GET", "POST"])
def guestbook():
    if request.method == "POST":
        GUESTBOOK.append((request.form.get("name", "")[:40], request.form.get("msg", "")[:500]))
    rows = [row(n, m) for n, m in GUESTBOOK]
    page = """<table>
<tr><th>Name</th><th>Message</th></tr>
%s
</table>
<form method="post"><input name="name"><input name="msg"><button>Sign</button></form>""" % "\n".join(rows)
    return page
