from fastapi import FastAPI, HTTPException
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateSyntaxError
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    subject_template: str
    customer: str
    amount: float


@app.post("/billing/reminder/preview")
def preview(rem: Reminder):
    if len(rem.subject_template) > 200:
        raise HTTPException(400, "template too long")
    try:
        tmpl = env.from_string(rem.subject_template)
    except TemplateSyntaxError:
        raise HTTPException(400, "bad template")
    return {"subject": tmpl.render(customer=rem.customer, amount=rem.amount)}
