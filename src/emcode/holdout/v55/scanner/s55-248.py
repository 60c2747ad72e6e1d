import os
from datetime import date

from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<!doctype html>
<title>Tasting {{ day }}</title>
<h1>Tasting notes for {{ wine }}</h1>
<ul>
{% for n in notes %}<li><b>{{ n.author }}</b>: {{ n.text }}</li>{% endfor %}
</ul>
"""


@app.route("/tasting")
def tasting():
    wine = request.args.get("wine", "house red")
    notes = [{"author": request.args.get("by", "anon"), "text": request.args.get("note", "")}]
    return render_template_string(PAGE, wine=wine, notes=notes, day=date.today())


if __name__ == "__main__":
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")
