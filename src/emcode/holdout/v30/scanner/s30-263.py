from fastapi import FastAPI
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()
env = SandboxedEnvironment(autoescape=True)


class Reminder(BaseModel):
    template: str
    patient: str
    when: str


@app.post("/reminders/preview")
def preview(rem: Reminder):
    text = env.from_string(rem.template).render(patient=rem.patient, when=rem.when)
    return {"preview": text}
