from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Notice(BaseModel):
    body_template: str
    holder: str
    plot: str


@app.post("/notices/preview")
def preview(n: Notice):
    tmpl = env.from_string(n.body_template)
    return {"text": tmpl.render(holder=n.holder, plot=n.plot)}
