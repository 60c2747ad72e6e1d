from flask import Flask, abort, redirect

app = Flask(__name__)

PARTNERS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "blog": "https://blog.example.com/",
}


@app.route("/out/<key>")
def outbound(key):
    url = PARTNERS.get(key)
    if url is None:
        abort(404)
    return redirect(url, code=302)
