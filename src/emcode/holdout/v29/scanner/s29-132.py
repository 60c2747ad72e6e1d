from jinja2 import Environment
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(autoescape=True)


async def fixtures(request):
    heading = request.query_params.get("heading", "Fixtures")
    page = env.from_string("<h1>" + heading + "</h1><ul>{% for f in items %}<li>{{ f }}</li>{% endfor %}</ul>")
    return HTMLResponse(page.render(items=["Rovers v United", "Athletic v Wanderers"]))


app = Starlette(routes=[Route("/fixtures", fixtures)])
