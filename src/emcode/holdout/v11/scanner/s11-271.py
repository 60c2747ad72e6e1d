from fastapi import FastAPI, HTTPException
from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment
from jinja2.exceptions import SecurityError
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Preview(BaseModel):
    template: str
    name: str


@app.post("/mail/preview")
def mail_preview(p: Preview):
    try:
        html = env.from_string(p.template).render(name=p.name, company="Acme")
    except (TemplateSyntaxError, SecurityError) as exc:
        raise HTTPException(400, f"template rejected: {exc.__class__.__name__}")
    return {"html": html}
