from flask import Flask, make_response, request

app = Flask(__name__)

ERROR_PAGE = """<html><body>
<h2>Hive {hive} not found</h2>
<p>Search again <a href="/hives?q={hive}">here</a>.</p>
</body></html>"""


@app.route("/hives/<hive>")
def show(hive):
    known = {"H1", "H2", "H7"}
    if hive not in known:
        resp = make_response(ERROR_PAGE.format(hive=hive), 404)
        return resp
    return {"hive": hive}
