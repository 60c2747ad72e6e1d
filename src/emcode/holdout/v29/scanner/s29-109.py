from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/welcome", response_class=HTMLResponse)
def welcome(name: str = "guest"):
    page = "<h1>Welcome to the recipe club, " + name + "!</h1>"
    return HTMLResponse(page)


@app.get("/recipes/{rid}")
def recipe(rid: int):
    return {"id": rid, "title": "Focac