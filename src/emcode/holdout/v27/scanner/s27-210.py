from enum import Enum
from fastapi import FastAPI, Response

app = FastAPI()


class Lang(str, Enum):
    en = "en"
    de = "de"
    fr = "fr"


@app.get("/lang/{lang}")
def set_lang(lang: Lang, response: Response):
    response.headers["Content-Language"] = lang.value
    response.set_cookie("lang", lang.value, httponly=True, samesite="lax", secure=True)
    return {"lang": lang.value}
