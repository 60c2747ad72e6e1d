from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.post("/trials/signup", response_class=HTMLResponse)
def trial_signup(full_name: str = Form(...), study_code: str = Form(...)):
    msg = "<p>Thank you " + full_name + ", we received your interest in study " + study_code + ".</p>"
    return msg
