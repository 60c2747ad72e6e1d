from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/notify/preview")
def preview_notice():
    tmpl_src = request.form.get("template", "Dear {{ name }},")
    tenant = request.form.get("tenant", "")
    rendered = env.from_string(tmpl_src).render(name=tenant)
    return {"preview": rendered}
