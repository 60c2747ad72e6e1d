from django.http import HttpResponse
from django.utils.html import escape


def no_results(request):
    q = request.GET.get("q", "")
    shown = escape(q)
    body = "<p>No translation memory entries match <b>" + shown + "</b>.</p>"
    return HttpResponse(body, status=404)
