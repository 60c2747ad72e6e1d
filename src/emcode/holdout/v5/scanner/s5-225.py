from django.http import HttpResponse
from django.utils.html import format_html

def search_view(request):
    term = request.GET.get("term", "")
    body = format_html("<h2>Results</h2><p>You searched for: {}</p>", term)
    return HttpResponse(body)
