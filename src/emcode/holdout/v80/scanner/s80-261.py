from enum import Enum

from fastapi import FastAPI, Response

app = FastAPI()


class Fmt(str, Enum):
    csv = "csv"
    json = "json"


@app.get("/export")
def export(fmt: Fmt, response: Response):
    response.headers["Content-Disposition"] = f'attachment; filename="tides.{fmt.value}"'
    if fmt is Fmt.csv:
        return Response("station,level\n4012,1.21\n", media_type="text/csv",
                        headers={"Content-Disposition": response.headers["Content-Disposition"]})
    return [{"station": "4012", "level": 1.21}]
