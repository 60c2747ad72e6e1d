from flask import Flask, render_template_string, request

app = Flask(__name__)

TAGS_TEMPLATE = """
<ul>
{% for t in tags %}
  <li>{{ t }}</li>
{% endfor %}
</ul>
"""


@app.route("/apiary/tags")
def tag_list():
    raw = request.args.get("tags", "")
    parts = [t.strip() for t in raw.split(",") if t.strip()]
    return render_template_string(TAGS_TEMPLATE, tags=parts)
