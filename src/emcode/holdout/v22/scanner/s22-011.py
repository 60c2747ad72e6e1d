from flask import Flask, request, render_template_string

app = Flask(__name__)

TEMPLATE = """
<h1>Order for {{ customer }}</h1>
<ul>{% for line in lines %}<li>{{ line }}</li>{% endfor %}</ul>
"""


@app.route("/order", methods=["POST"])
def order():
    customer = request.form.get("customer", "guest")
    lines = request.form.getlist("item")
    return render_template_string(TEMPLATE, customer=customer, lines=lines)
