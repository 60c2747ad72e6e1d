from fastapi import FastAPI, HTTPException
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateError
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Preview(BaseModel):
    body: str
    customer_name: str


@app.post("/email/preview")
def preview(p: Preview):
    try:
        rendered = env.from_string(p.body).render(customer_name=p.customer_name)
    except TemplateError as exc:
        raise HTTPException(400, f"template error: {exc}")
    return {"html": rendered}
