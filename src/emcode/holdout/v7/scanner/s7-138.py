from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template.loader import render_to_string


def search(request):
    term = request.GET.get("q", "")
    heading = mark_safe("<h2>Results for '%s'</h2>" % term)
    body = render_to_string("search_results.html", {"heading": heading, "results": []})
    return HttpResponse(body)
