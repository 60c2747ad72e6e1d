from django.http import HttpResponse


def search(request):
    q = request.GET.get("q", "")
    html = "<h2>You searched for: %s</h2>" % q
    html += "<p>No results yet.</p>"
    return HttpResponse(html)
