from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

app = FastAPI()
templates = Jinja2Templates(directory="templates")


@app.get("/quiz/result", response_class=HTMLResponse)
def quiz_result(request: Request, name: str = "learner", score: int = 0):
    return templates.TemplateResponse(request, "result.html", {"name": name, "score": score})
