from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateError
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=False)


class Reminder(BaseModel):
    template: str
    patient: str
    date: str


@app.post("/recalls/preview")
def preview(r: Reminder):
    try:
        text = env.from_string(r.template).render(patient=r.patient, date=r.date)
    except TemplateError as exc:
        raise HTTPException(status_code=400, detail="template error") from exc
    return {"sms": text[:480]}
