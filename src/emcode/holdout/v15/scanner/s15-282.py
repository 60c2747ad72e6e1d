from fastapi import FastAPI

app = FastAPI()


@app.get("/calc")
def calc(expr: str):
    result = eval(expr)
    return {"expr": expr, "result": res