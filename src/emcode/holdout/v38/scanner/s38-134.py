from fastapi import FastAPI, HTTPException
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Notice(BaseModel):
    body: str
    region: str


@app.post("/notices/render")
def render_notice(n: Notice):
    try:
        text = env.from_string(n.body).render(region=n.region, eta="2 hours")
    except TemplateError:
        raise HTTPException(400, "bad template")
    return {"text": text}
