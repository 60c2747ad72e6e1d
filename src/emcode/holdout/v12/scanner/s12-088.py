from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Preview(BaseModel):
    body: str
    customer_name: str


@app.post("/campaigns/preview")
def preview(p: Preview):
    try:
        tpl = env.from_string(p.body)
        rendered = tpl.render(customer={"name": p.customer_name, "tier": "gold"})
    except (TemplateSyntaxError, SecurityError):
        raise HTTPException(422, "template not allowed")
    return {"html": rendered}
