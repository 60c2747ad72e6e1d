from yaml import load, UnsafeLoader as L
from fastapi import FastAPI, Request

app = FastAPI()

@app.post("/recipe")
async def recipe(req: Request):
    body = await req.body()
    data = load(body, Loader=L)
    return {"name": data.get("name")}
