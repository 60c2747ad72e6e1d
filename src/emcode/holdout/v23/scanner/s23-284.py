from flask import Flask

app = Flask(__name__)
PACKAGES = {"requests-lite": "1.2.0", "tinydb-ext": "0.4.1"}

NOT_FOUND = """<html><body>
<h1>Package not found</h1>
<p>No package called %s is registered.</p>
</body></html>"""


@app.route("/pkg/<name>")
def package_page(name):
    if name not in PACKAGES:
        return NOT_FOUND % name, 404
    return f"<h1>{PACKAGES[name]}</h1>"
