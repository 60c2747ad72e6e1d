from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/prefs/theme/{theme}")
def set_theme(theme: str, response: Response):
    value = theme if theme in ("light", "dark") else "light"
    response.set_cookie("theme", value, secure=True, httponly=True, samesite="strict", max_age=31536000)
    return {"theme": value}
