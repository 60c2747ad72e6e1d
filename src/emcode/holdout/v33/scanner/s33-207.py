from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """
<h1>Seating for table {{ table }}</h1>
<ul>
{% for g in guests %}<li>{{ g }}</li>{% endfor %}
</ul>
"""


@app.route("/tables/<int:table>")
def table_view(table):
    guests = request.args.getlist("guest")
    return render_template_string(PAGE, table=table, guests=guests)
