from django.http import HttpResponse
from django.utils.html import format_html, format_html_join


def team_page(request):
    team = request.GET.get("team", "Platform")
    members = [m for m in request.GET.getlist("m") if m][:50]
    items = format_html_join("", "<li>{}</li>", ((m,) for m in members))
    body = format_html("<h1>Team {}</h1><ul>{}</ul>", team, items)
    return HttpResponse(body)
