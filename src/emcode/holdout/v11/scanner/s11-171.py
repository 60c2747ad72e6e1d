import ast

from fastapi import FastAPI, HTTPException

app = FastAPI()
SETTINGS = {"max_workers": 4, "retry": True, "tags": ["a"]}


@app.put("/settings/{key}")
def update_setting(key: str, value: str):
    if key not in SETTINGS:
        raise HTTPException(404, "unknown key")
    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        raise HTTPException(400, "value must be a Python literal")
    if type(parsed) is not type(SETTINGS[key]):
        raise HTTPException(400, f"expected {type(SETTINGS[key]).__name__}")
    SETTINGS[key] = parsed
    return {key: parsed}
