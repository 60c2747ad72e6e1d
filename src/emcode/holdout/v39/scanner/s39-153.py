import jinja2
from flask import Flask, request

app = Flask(__name__)


@app.post("/notify/preview")
def preview_notice():
    tmpl_src = request.form.get("template", "Dear {{ name }},")
    tenant = request.form.get("tenant", "")
    rendered = jinja2.Template(tmpl_src).render(name=tenant)
    return {"preview": rendered}
