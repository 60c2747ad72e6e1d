from django.http import HttpResponse
from django.utils.html import escape


def crew_card(request):
    skipper = escape(request.GET.get("skipper", ""))
    html = "<div class='card'><h3>" + skipper + "</h3><p>Crew list pending</p></div>"
    return HttpResponse(html)
