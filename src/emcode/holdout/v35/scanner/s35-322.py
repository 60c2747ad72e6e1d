from fastapi import FastAPI, Form, Request
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.post("/trials/signup")
def trial_signup(request: Request, full_name: str = Form(...), study_code: str = Form(...)):
    return templates.TemplateResponse(
        "signup_thanks.html",
        {"request": request, "full_name": full_name, "study_code": study_code},
    )
