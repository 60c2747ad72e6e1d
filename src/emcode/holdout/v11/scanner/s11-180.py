from fastapi import FastAPI

app = FastAPI()
SETTINGS = {"max_workers": 4, "retry": True, "tags": ["a"]}


@app.put("/settings/{key}")
def update_setting(key: str, value: str):
    if key not in SETTINGS:
        return {"error": "unknown key"}
    SETTINGS[key] = eval(value)
    return {key: SETTINGS[key]}
