import ast
from fastapi import FastAPI

app = FastAPI()


@app.get("/coords")
def coords(p: str):
    point = ast.literal_eval(p)
    if not (isinstance(point, tuple) and len(point) == 2):
        return {"error": "expected (x, y)"}
    x, y = point
    return {"x": x, "y": y, "dist": (x * x + y *