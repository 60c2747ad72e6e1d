from fastapi import FastAPI, HTTPException
from jinja2 import TemplateError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    template: str
    patient: str
    drug: str


@app.post("/reminders/preview")
def preview(r: Reminder):
    try:
        text = env.from_string(r.template).render(patient=r.patient, drug=r.drug)
    except TemplateError:
        raise HTTPException(400, "template error")
    return {"text": text}
