from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates

app = FastAPI(title="Dig diary")
templates = Jinja2Templates(directory="templates")


@app.get("/diary/{supervisor}")
def diary(request: Request, supervisor: str):
    return templates.TemplateResponse(
        "diary.html", {"request": request, "supervisor": supervisor}
    )
